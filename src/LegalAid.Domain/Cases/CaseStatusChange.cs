namespace LegalAid.Domain.Cases;

/// <summary>One step of a case's history: opened, closed with an outcome, or reopened.</summary>
public sealed class CaseStatusChange
{
    private CaseStatusChange()
    {
    }

    internal CaseStatusChange(CaseStatus status, DateOnly effectiveOn, CaseOutcome? outcome, int? byStaffMemberId, DateTime recordedAtUtc, string? note)
    {
        Status = status;
        EffectiveOn = effectiveOn;
        Outcome = outcome;
        ByStaffMemberId = byStaffMemberId;
        RecordedAtUtc = recordedAtUtc;
        Note = note;
    }

    public int Id { get; private set; }

    public int CaseId { get; private set; }

    public CaseStatus Status { get; private set; }

    public DateOnly EffectiveOn { get; private set; }

    public CaseOutcome? Outcome { get; private set; }

    public int? ByStaffMemberId { get; private set; }

    public Staff.StaffMember? ByStaffMember { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The opening moved (see <see cref="Case.ChangeOpeningDate"/>), and its step in the history with it.</summary>
    internal void Redate(DateOnly effectiveOn) => EffectiveOn = effectiveOn;
}
