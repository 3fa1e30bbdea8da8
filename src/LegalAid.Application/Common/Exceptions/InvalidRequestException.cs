namespace LegalAid.Application.Common.Exceptions;

/// <summary>The request broke validation or a domain rule; <see cref="Errors"/> holds messages per field.</summary>
public class InvalidRequestException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The request is not valid: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(' ', e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>
    /// Whether the request was refused only for the state of the record it acts on (a case already closed, a report
    /// withdrawn), which names no field: the same request may succeed once the record is in another state.
    /// </summary>
    public bool ConcernsTheRecordsState => Errors.Count == 1 && Errors.TryGetValue(string.Empty, out var messages) && messages.Length > 0;

    public static InvalidRequestException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
