namespace LegalAid.Application.Common.Interfaces;

/// <summary>The answers given to idempotent commands, by account, key and kind of request.</summary>
public interface ISubmittedRequests
{
    /// <summary>The answer recorded for <paramref name="submission"/> since <paramref name="since"/>, if any.</summary>
    Task<SubmittedAnswer?> FindAsync(Submission submission, DateTime since, CancellationToken cancellationToken);

    /// <summary>Records an answer in the current transaction, and forgets every answer recorded before <paramref name="since"/>.</summary>
    Task RecordAsync(Submission submission, SubmittedAnswer answer, DateTime since, CancellationToken cancellationToken);
}

/// <param name="RequestType">The command's type name: one key may serve a form that sends two different commands.</param>
public sealed record Submission(string AccountId, string Key, string RequestType);

/// <param name="Fingerprint">The request's keyed fingerprint (<see cref="IRequestFingerprints"/>), so that a key reused for other data is refused, not answered.</param>
/// <param name="Answer">The command's response as JSON.</param>
public sealed record SubmittedAnswer(string Fingerprint, string Answer);
