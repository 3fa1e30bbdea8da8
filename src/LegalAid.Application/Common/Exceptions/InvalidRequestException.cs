namespace LegalAid.Application.Common.Exceptions;

/// <summary>The request broke validation or a domain rule; <see cref="Errors"/> holds messages per field.</summary>
public class InvalidRequestException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The request is not valid: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(' ', e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static InvalidRequestException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
