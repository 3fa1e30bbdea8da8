namespace LegalAid.Application.Common.Interfaces;

/// <summary>A change to a case or to what it holds: its consultations, deadlines, referrals and documents.</summary>
public interface ICaseChange
{
    int CaseId { get; }

    /// <summary>Whether the change only ends the work and records nothing new (closing a case without a note).</summary>
    bool OnlyEndsWork => false;
}
