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
