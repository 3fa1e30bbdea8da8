using LegalAid.Domain.Common;
using LegalAid.Domain.Consultations;

namespace LegalAid.Domain.Cases;

/// <summary>A date a case must not miss: a hearing, an appeal deadline, a document due, a call back.</summary>
public sealed class Deadline
{
    public const int NoteMaxLength = 500;

    private Deadline()
    {
    }

    internal Deadline(DeadlineType type, DateOnly dueOn, string? note, Actor actor, Consultation? followUpOf = null)
    {
        Guard.Require(Enum.IsDefined(type), DomainErrors.Required, nameof(Type), "A deadline has a type.");
        Type = type;
        DueOn = dueOn;
        Note = Guard.OptionalText(note, nameof(Note), NoteMaxLength);
        CreatedAtUtc = actor.NowUtc;
        CreatedByStaffMemberId = actor.StaffMemberId;
        Consultation = followUpOf;
    }

    public int Id { get; private set; }

    public int CaseId { get; private set; }

    public DeadlineType Type { get; private set; }

    public DateOnly DueOn { get; private set; }

    public string? Note { get; private set; }

    public bool IsDone { get; private set; }

    public DateOnly? DoneOn { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public int? CreatedByStaffMemberId { get; private set; }

    /// <summary>The consultation whose follow-up this is (a call back the lawyer promised); null for other deadlines.</summary>
    public int? ConsultationId { get; private set; }

    public Consultation? Consultation { get; private set; }

    /// <summary>Not done although its day has passed; <paramref name="today"/> is the date at the case's centre.</summary>
    public bool IsOverdueOn(DateOnly today) => IsOverdue(DueOn, IsDone, today);

    /// <summary><see cref="IsOverdueOn"/> for a deadline read into a view without its entity.</summary>
    public static bool IsOverdue(DateOnly dueOn, bool isDone, DateOnly today) => !isDone && dueOn < today;

    internal void MarkDone(DateOnly today)
    {
        IsDone = true;
        DoneOn = today;
    }
}
