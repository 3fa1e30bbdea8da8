namespace LegalAid.Application.Common.Interfaces;

/// <summary>Who is acting. Every "who" question in the Application layer goes through here.</summary>
public interface ICurrentUser
{
    /// <summary>The staff member behind the account, or null when nobody is signed in.</summary>
    int? StaffMemberId { get; }
}
