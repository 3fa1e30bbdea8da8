namespace LegalAid.Domain.Common;

internal static class Guard
{
    public static string RequiredText(string? value, string field, int maxLength, bool multiline = false)
    {
        var normalized = Text.NormalizeOptional(value)
            ?? throw new DomainException(DomainErrors.Required, field, $"{field} is required.");
        return CheckText(normalized, field, maxLength, multiline);
    }

    public static string? OptionalText(string? value, string field, int maxLength, bool multiline = false)
    {
        var normalized = Text.NormalizeOptional(value);
        return normalized is null ? null : CheckText(normalized, field, maxLength, multiline);
    }

    public static void Require(bool condition, string code, string field, string message)
    {
        if (!condition)
        {
            throw new DomainException(code, field, message);
        }
    }

    /// <summary>A date no earlier than <paramref name="bound"/>, when there is one; the message names it.</summary>
    public static void RequireOnOrAfter(DateOnly date, DateOnly? bound, string code, string field, string message)
    {
        if (date < bound)
        {
            throw new DomainException(code, field, message) { Bound = bound };
        }
    }

    /// <summary>A date no later than <paramref name="bound"/>, when there is one; the message names it.</summary>
    public static void RequireOnOrBefore(DateOnly date, DateOnly? bound, string code, string field, string message)
    {
        if (date > bound)
        {
            throw new DomainException(code, field, message) { Bound = bound };
        }
    }

    /// <summary>
    /// A rule about the record's state rather than any one input (a case already closed, a report already published):
    /// it concerns the request as a whole, so it names no field.
    /// </summary>
    public static void RequireState(bool condition, string code, string message) => Require(condition, code, string.Empty, message);

    private static string CheckText(string value, string field, int maxLength, bool multiline)
    {
        if (value.Length > maxLength)
        {
            throw new DomainException(DomainErrors.TooLong, field, $"{field} is longer than {maxLength} characters.") { MaxLength = maxLength };
        }

        Require(!Text.HasControlCharacters(value, multiline), DomainErrors.ControlCharacters, field, $"{field} contains control characters.");
        return value;
    }
}
