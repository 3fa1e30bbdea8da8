namespace LegalAid.Domain.Common;

/// <summary>
/// A record of case work people correct: it carries a version (two people may edit it at once) and is voided with a
/// reason rather than deleted, so the history keeps it. A voided record no longer counts anywhere (statistics,
/// reports, the desk) and cannot be changed again.
/// </summary>
public abstract class CorrectableRecord : IVersioned
{
    public const int VoidReasonMaxLength = 500;

    public int Version { get; private set; }

    /// <summary>When the record was last corrected; null while it stands as first recorded.</summary>
    public DateTime? CorrectedAtUtc { get; private set; }

    public DateTime? VoidedAtUtc { get; private set; }

    public int? VoidedByStaffMemberId { get; private set; }

    public Staff.StaffMember? VoidedBy { get; private set; }

    public string? VoidReason { get; private set; }

    public bool IsVoided => VoidedAtUtc is not null;

    public void Void(string? reason, Actor actor)
    {
        EnsureNotVoided();
        VoidReason = Guard.RequiredText(reason, nameof(VoidReason), VoidReasonMaxLength, multiline: true);
        VoidedAtUtc = actor.NowUtc;
        VoidedByStaffMemberId = actor.StaffMemberId;
    }

    /// <summary>Call before a correction: a voided record cannot change, and a corrected one says when it was.</summary>
    protected void BeginCorrection(Actor actor)
    {
        EnsureNotVoided();
        CorrectedAtUtc = actor.NowUtc;
    }

    /// <summary>A voided record stays as it was voided: the history shows what was struck out.</summary>
    protected void EnsureNotVoided() =>
        Guard.RequireState(!IsVoided, DomainErrors.AlreadyVoided, "The record has been voided and cannot change.");
}
