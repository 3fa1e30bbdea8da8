namespace LegalAid.Application.Common.Interfaces;

/// <summary>Who is acting. Every "who" question in the Application layer goes through here.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The account's id, or null when nobody is signed in (a command-line tool, a sign-in attempt).</summary>
    string? UserId { get; }

    string? UserName { get; }

    /// <summary>The staff member behind the account, for people who act on cases.</summary>
    int? StaffMemberId { get; }

    /// <summary>The centre a lawyer's or coordinator's account belongs to; they see only its records.</summary>
    int? CentreId { get; }

    /// <summary>The client's IP address, for the audit trail.</summary>
    string? IpAddress { get; }

    bool IsInRole(string role);
}
