using LegalAid.Domain.Common;

namespace LegalAid.Domain.Consultations;

/// <summary>One contact between a lawyer and a client about a case.</summary>
public sealed class Consultation
{
    public const int SummaryMaxLength = 4000;
    public const int MaxDurationMinutes = 600;

    private readonly List<ConsultationCategory> _categories = [];

    private Consultation()
    {
    }

    internal Consultation(ConsultationDetails details, IReadOnlyCollection<int> categoryIds, int centreId, int clientId, DateTime recordedAtUtc)
    {
        Guard.Require(
            details.DurationMinutes is > 0 and <= MaxDurationMinutes,
            DomainErrors.InvalidDuration,
            nameof(DurationMinutes),
            $"A consultation lasts between 1 and {MaxDurationMinutes} minutes.");
        Guard.Require(
            details.FollowUpOn is null || details.FollowUpOn >= details.HeldAt.LocalDate,
            DomainErrors.FollowUpBeforeConsultation,
            nameof(ConsultationDetails.FollowUpOn),
            "A follow-up cannot be before the consultation.");

        HeldAtUtc = details.HeldAt.Utc;
        HeldOn = details.HeldAt.LocalDate;
        Channel = details.Channel;
        LawyerId = details.LawyerId;
        DurationMinutes = details.DurationMinutes;
        Actions = details.Actions;
        Summary = Guard.OptionalText(details.Summary, nameof(Summary), SummaryMaxLength, multiline: true);
        RecordedAtUtc = recordedAtUtc;
        CentreId = centreId;
        ClientId = clientId;
        _categories.AddRange(categoryIds.Distinct().Select(id => new ConsultationCategory(id)));
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

    public int LawyerId { get; private set; }

    public Staff.StaffMember Lawyer { get; private set; } = null!;

    public int DurationMinutes { get; private set; }

    public ConsultationActions Actions { get; private set; }

    public string? Summary { get; private set; }

    /// <summary>The call back the lawyer promised at this consultation, kept as a deadline of the case.</summary>
    public Cases.Deadline? FollowUp { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public IReadOnlyCollection<ConsultationCategory> Categories => _categories;
}
