namespace LegalAid.Domain.Clients;

/// <summary>Builds the indexed text a client is found by, and folds a search term the same way.</summary>
public static class ClientSearchKey
{
    public static string For(PersonName name, string? phone)
    {
        var parts = new[] { name.FamilyName, name.GivenName, name.Patronymic, name.LatinName, phone is null ? null : PhoneNumber.Digits(phone) };
        return Fold(string.Join(' ', parts.Where(p => !string.IsNullOrEmpty(p))));
    }

    public static string Fold(string text) => Common.Text.Normalize(text).ToLowerInvariant();
}
