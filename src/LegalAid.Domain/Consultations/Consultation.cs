using LegalAid.Domain.Common;

namespace LegalAid.Domain.Consultations;

/// <summary>One contact between a lawyer and a client about a case.</summary>
public sealed class Consultation : CorrectableRecord
{
    public const int SummaryMaxLength = 4000;
    public const int MaxDurationMinutes = 600;

    private readonly List<ConsultationCategory> _categories = [];
    private readonly List<Cases.Deadline> _followUps = [];
    private readonly List<Cases.Deadline> _keptCallBacks = [];

    private Consultation()
    {
    }

    internal Consultation(ConsultationDetails details, IReadOnlyCollection<int> categoryIds, int centreId, int clientId, DateTime recordedAtUtc)
    {
        HeldAtUtc = details.HeldAt.Utc;
        HeldOn = details.HeldAt.LocalDate;
        LawyerId = details.LawyerId;
        RecordedAtUtc = recordedAtUtc;
        CentreId = centreId;
        ClientId = clientId;
        Describe(new ConsultationCorrection(details.Channel, details.DurationMinutes, categoryIds, details.Actions, details.Summary, details.FollowUpOn));
    }

    public int Id { get; private set; }

    public int CaseId { get; private set; }

    public Cases.Case Case { get; private set; } = null!;

    /// <summary>
    /// The centre where the consultation was held (the case's centre then), which statistics count it for. It stays
    /// when the case moves to another centre; who may read the consultation follows the case.
    /// </summary>
    public int CentreId { get; private set; }

    /// <summary>The case's client, kept here too so statistics read one table (a case never changes client).</summary>
    public int ClientId { get; private set; }

    public DateTime HeldAtUtc { get; private set; }

    /// <summary>The date at the centre where the consultation was held (what statistics count by).</summary>
    public DateOnly HeldOn { get; private set; }

    public ConsultationChannel Channel { get; private set; }

    /// <summary>The lawyer who gave the consultation: its author, who may correct or void it (as may the centre's coordinator).</summary>
    public int LawyerId { get; private set; }

    public Staff.StaffMember Lawyer { get; private set; } = null!;

    public int DurationMinutes { get; private set; }

    public ConsultationActions Actions { get; private set; }

    public string? Summary { get; private set; }

    /// <summary>
    /// The call backs the lawyer promised at this consultation, kept as deadlines of the case. At most one stands (is
    /// not voided): the follow-up date; those a correction dropped stay voided in the history.
    /// </summary>
    public IReadOnlyCollection<Cases.Deadline> FollowUps => _followUps;

    public DateTime RecordedAtUtc { get; private set; }

    public IReadOnlyCollection<ConsultationCategory> Categories => _categories;

    /// <summary>The call back that stands for the follow-up date, if any; the follow-ups must be loaded.</summary>
    internal Cases.Deadline? StandingFollowUp => _followUps.SingleOrDefault(d => !d.IsVoided);

    internal void Promise(Cases.Deadline callBack) => _followUps.Add(callBack);

    /// <summary>
    /// The case's call backs this contact kept: due by its day and pending when it was logged, they were marked done on
    /// its day. Voiding it makes them pending again.
    /// </summary>
    public IReadOnlyCollection<Cases.Deadline> KeptCallBacks => _keptCallBacks;

    internal void Keep(Cases.Deadline callBack)
    {
        callBack.MarkDone(HeldOn);
        _keptCallBacks.Add(callBack);
    }

    /// <summary>The call backs it kept are pending again, unless voided since; the kept call backs must be loaded.</summary>
    internal void ReleaseKeptCallBacks()
    {
        foreach (var callBack in _keptCallBacks.Where(d => d is { IsDone: true, IsVoided: false }))
        {
            callBack.Reopen();
        }

        _keptCallBacks.Clear();
    }

    /// <summary>Puts right what was recorded; <paramref name="correction"/>'s categories replace the old ones (the case's primary one when none).</summary>
    internal void Correct(ConsultationCorrection correction, Actor actor)
    {
        BeginCorrection(actor);
        Describe(correction);
    }

    /// <summary>Refuses a length no consultation can have, whatever its case.</summary>
    public static void CheckDuration(int minutes) =>
        Guard.Require(minutes is > 0 and <= MaxDurationMinutes, DomainErrors.InvalidDuration, nameof(DurationMinutes), $"A consultation lasts between 1 and {MaxDurationMinutes} minutes.");

    /// <summary>The summary as kept (trimmed; null when blank), or refused when no consultation can have it, whatever its case.</summary>
    public static string? CheckedSummary(string? summary) => Guard.OptionalText(summary, nameof(Summary), SummaryMaxLength, multiline: true);

    /// <summary>A next contact is on the consultation's day or later.</summary>
    public static bool FollowUpFits(DateOnly heldOn, DateOnly? followUpOn) => followUpOn is null || followUpOn >= heldOn;

    private void Describe(ConsultationCorrection content)
    {
        CheckDuration(content.DurationMinutes);
        Guard.Require(
            FollowUpFits(HeldOn, content.FollowUpOn),
            DomainErrors.FollowUpBeforeConsultation,
            nameof(ConsultationCorrection.FollowUpOn),
            "A follow-up cannot be before the consultation.");
        var summary = CheckedSummary(content.Summary);
        Guard.Require(
            summary is not null || content.Actions != ConsultationActions.None,
            DomainErrors.EmptyConsultation,
            nameof(Summary),
            "A consultation records what was said or done: a summary or at least one action.");

        Channel = content.Channel;
        DurationMinutes = content.DurationMinutes;
        Actions = content.Actions;
        Summary = summary;
        var categoryIds = content.CategoryIds.Distinct().ToList();
        _categories.RemoveAll(c => !categoryIds.Contains(c.ProblemCategoryId));
        _categories.AddRange(categoryIds.Where(id => _categories.All(c => c.ProblemCategoryId != id)).Select(id => new ConsultationCategory(id)));
    }
}
