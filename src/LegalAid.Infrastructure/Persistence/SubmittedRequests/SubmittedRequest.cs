namespace LegalAid.Infrastructure.Persistence.SubmittedRequests;

/// <summary>The answer given to an idempotent command, kept so that the same submission sent again gets it back.</summary>
internal sealed class SubmittedRequest
{
    public const int RequestTypeMaxLength = 100;

    public int Id { get; init; }

    public required string AccountId { get; init; }

    public required string Key { get; init; }

    public required string RequestType { get; init; }

    public required string Fingerprint { get; init; }

    public required string Answer { get; init; }

    public DateTime SubmittedAtUtc { get; init; }
}
