namespace LegalAid.Application.Common.Interfaces;

/// <summary>
/// The key the sender made for this one submission, if any: each form carries a new one, and an API caller sends its
/// own in the <c>Idempotency-Key</c> header. A request sent again carries the same key.
/// </summary>
public interface ISubmissionKey
{
    /// <summary>The header and form field that carry the key, and the field an error about it names.</summary>
    public const string Name = "Idempotency-Key";

    public const int MaxLength = 100;

    string? Value { get; }
}
