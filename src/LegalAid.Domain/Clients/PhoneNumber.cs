namespace LegalAid.Domain.Clients;

/// <summary>Phone numbers kept as typed but compared by their digits.</summary>
public static class PhoneNumber
{
    /// <summary>"+7 (916) 123-45-67" becomes "+79161234567".</summary>
    public static string? Normalize(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return phone.TrimStart().StartsWith('+') ? "+" + digits : digits;
    }

    public static string Digits(string phone) => new(phone.Where(char.IsAsciiDigit).ToArray());
}
