using LegalAid.Domain.Common;

namespace LegalAid.Domain.Consultations;

/// <summary>One contact between a lawyer and a client about a case.</summary>
public sealed class Consultation : CorrectableRecord
{
    public const int SummaryMaxLength = 4000;
    public const int MaxDurationMinutes = 600;

    private readonly List<ConsultationCategory> _categories = [];

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

    /// <summary>The case's centre, kept here too so statistics read one table (a case never changes centre).</summary>
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

    public DateOnly? FollowUpOn { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public IReadOnlyCollection<ConsultationCategory> Categories => _categories;

    /// <summary>Puts right what was recorded; <paramref name="correction"/>'s categories replace the old ones (the case's primary one when none).</summary>
    internal void Correct(ConsultationCorrection correction, Actor actor)
    {
        BeginCorrection(actor);
        Describe(correction);
    }

    private void Describe(ConsultationCorrection content)
    {
        Guard.Require(
            content.DurationMinutes is > 0 and <= MaxDurationMinutes,
            DomainErrors.InvalidDuration,
            nameof(DurationMinutes),
            $"A consultation lasts between 1 and {MaxDurationMinutes} minutes.");
        Guard.Require(
            content.FollowUpOn is null || content.FollowUpOn >= HeldOn,
            DomainErrors.FollowUpBeforeConsultation,
            nameof(FollowUpOn),
            "A follow-up cannot be before the consultation.");
        var summary = Guard.OptionalText(content.Summary, nameof(Summary), SummaryMaxLength, multiline: true);
        Guard.Require(
            summary is not null || content.Actions != ConsultationActions.None,
            DomainErrors.EmptyConsultation,
            nameof(Summary),
            "A consultation records what was said or done: a summary or at least one action.");

        Channel = content.Channel;
        DurationMinutes = content.DurationMinutes;
        Actions = content.Actions;
        Summary = summary;
        FollowUpOn = content.FollowUpOn;
        var categoryIds = content.CategoryIds.Distinct().ToList();
        _categories.RemoveAll(c => !categoryIds.Contains(c.ProblemCategoryId));
        _categories.AddRange(categoryIds.Where(id => _categories.All(c => c.ProblemCategoryId != id)).Select(id => new ConsultationCategory(id)));
    }
}
