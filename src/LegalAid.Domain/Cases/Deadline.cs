using LegalAid.Domain.Common;
using LegalAid.Domain.Consultations;

namespace LegalAid.Domain.Cases;

/// <summary>A date a case must not miss: a hearing, an appeal deadline, a document due, a call back.</summary>
public sealed class Deadline : CorrectableRecord
{
    public const int NoteMaxLength = 500;
    public const int PlaceMaxLength = 300;

    private Deadline()
    {
    }

    /// <summary>A deadline of the case; with <paramref name="followUpOf"/>, the call back promised at that consultation.</summary>
    internal Deadline(DeadlineDetails details, Actor actor, Consultation? followUpOf = null)
    {
        Describe(details);
        CreatedAtUtc = actor.NowUtc;
        CreatedByStaffMemberId = actor.StaffMemberId;
        followUpOf?.Promise(this);
    }

    public int Id { get; private set; }

    public int CaseId { get; private set; }

    public DeadlineType Type { get; private set; }

    public DateOnly DueOn { get; private set; }

    /// <summary>The time at the centre, when the deadline has one (a hearing at 10:30).</summary>
    public TimeOnly? DueAt { get; private set; }

    /// <summary>Where to be (a court and its room), when it matters.</summary>
    public string? Place { get; private set; }

    public string? Note { get; private set; }

    public bool IsDone { get; private set; }

    public DateOnly? DoneOn { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public int? CreatedByStaffMemberId { get; private set; }

    /// <summary>The consultation whose follow-up this is (a call back the lawyer promised); null for other deadlines.</summary>
    public int? ConsultationId { get; private set; }

    /// <summary>The consultation whose contact kept this call back (marked it done), until it is reopened.</summary>
    public int? KeptByConsultationId { get; private set; }

    /// <summary>
    /// Whose desk the deadline is on: its case's lawyer while the case is open, null once it is closed. With
    /// <see cref="CaseCentreId"/>, kept by the store like <see cref="Case.NextDueOn"/> (after every save that adds a
    /// deadline or reassigns, closes, reopens or moves its case), so that a lawyer's pending deadlines are one range of an
    /// index rather than a search of every open case.
    /// </summary>
    public int? OpenCaseLawyerId { get; private set; }

    /// <summary>Its case's centre; see <see cref="OpenCaseLawyerId"/>.</summary>
    public int CaseCentreId { get; private set; }

    /// <summary>Not done although its day has passed; <paramref name="today"/> is the date at the case's centre.</summary>
    public bool IsOverdueOn(DateOnly today) => IsOverdue(DueOn, IsDone, today);

    /// <summary><see cref="IsOverdueOn"/> for a deadline read into a view without its entity.</summary>
    public static bool IsOverdue(DateOnly dueOn, bool isDone, DateOnly today) => !isDone && dueOn < today;

    /// <summary><see cref="IsOverdue"/> as a condition a query sends to the database (kept beside it: one rule).</summary>
    public static System.Linq.Expressions.Expression<Func<Deadline, bool>> OverdueOn(DateOnly today) => d => !d.IsDone && d.DueOn < today;

    /// <summary>A court hearing not yet held (not done, today or later): closing the case needs a confirmation.</summary>
    public bool IsUpcomingHearingOn(DateOnly today) => !IsVoided && IsUpcomingHearing(Type, DueOn, IsDone, today);

    /// <summary><see cref="IsUpcomingHearingOn"/> for a deadline read into a view without its entity.</summary>
    public static bool IsUpcomingHearing(DeadlineType type, DateOnly dueOn, bool isDone, DateOnly today) =>
        type == DeadlineType.CourtHearing && !isDone && dueOn >= today;

    internal void Correct(DeadlineDetails details, Actor actor)
    {
        BeginCorrection(actor);
        Describe(details);
    }

    /// <summary>
    /// Moves the deadline to another day, all else as it was (a consultation's corrected follow-up date). It needs no
    /// check against the case's opening: a follow-up is on or after its consultation, which is held within the case.
    /// </summary>
    internal void Reschedule(DateOnly dueOn, Actor actor) => Correct(new DeadlineDetails(Type, dueOn, DueAt, Place, Note), actor);

    /// <summary>Undoes "done": the deadline is pending again.</summary>
    public void Reopen()
    {
        EnsureNotVoided();
        Guard.RequireState(IsDone, DomainErrors.DeadlineNotDone, "The deadline is not marked done.");
        IsDone = false;
        DoneOn = null;
        KeptByConsultationId = null;
    }

    /// <summary>A call back still to make whose day has come by <paramref name="contactOn"/>: a contact that day keeps it.</summary>
    internal bool IsKeptByContactOn(DateOnly contactOn) => Type == DeadlineType.CallBack && !IsDone && !IsVoided && DueOn <= contactOn;

    /// <summary><see cref="IsKeptByContactOn"/> as a condition a query sends to the database (kept beside it: one rule).</summary>
    public static System.Linq.Expressions.Expression<Func<Deadline, bool>> KeptByContactOn(DateOnly contactOn) =>
        d => d.Type == DeadlineType.CallBack && !d.IsDone && d.VoidedAtUtc == null && d.DueOn <= contactOn;

    internal void MarkDone(DateOnly today)
    {
        EnsureNotVoided();
        IsDone = true;
        DoneOn = today;
    }

    private void Describe(DeadlineDetails details)
    {
        Guard.Require(Enum.IsDefined(details.Type), DomainErrors.Required, nameof(Type), "A deadline has a type.");
        Type = details.Type;
        DueOn = details.DueOn;
        // A time of day is kept to the minute, as the forms and calendars show it; seconds sent would stay unseen.
        DueAt = details.DueAt is { } at ? new TimeOnly(at.Hour, at.Minute) : null;
        Place = Guard.OptionalText(details.Place, nameof(Place), PlaceMaxLength);
        Note = Guard.OptionalText(details.Note, nameof(Note), NoteMaxLength);
    }
}
