namespace LegalAid.Application.Common.Exceptions;

/// <summary>The request broke validation or a domain rule; <see cref="Errors"/> holds messages per field.</summary>
public class InvalidRequestException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The request is not valid: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(' ', e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>
    /// Whether the request was refused as a whole, naming no field: for the state of the record it acts on or of one it
    /// would clash with (a case already closed, a report overlapping one published, a transfer another centre answers).
    /// The same request may succeed once the records are otherwise.
    /// </summary>
    public bool RefusesTheRequestAsAWhole => Errors.Count == 1 && Errors.TryGetValue(string.Empty, out var messages) && messages.Length > 0;

    public static InvalidRequestException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
