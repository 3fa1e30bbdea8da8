namespace LegalAid.Domain.Clients;

/// <summary>
/// Builds the indexed text a client is found by: every name part as written (lower-cased), the
/// same parts folded phonetically (<see cref="NameFolding"/>), and the phone's digits.
/// </summary>
public static class ClientSearchKey
{
    /// <summary>Shorter folded terms would match too much to be useful.</summary>
    public const int MinimumFoldedLength = 3;

    public static string For(PersonName name, string? phone)
    {
        var names = string.Join(' ', new[] { name.FamilyName, name.GivenName, name.Patronymic, name.LatinName }.Where(p => !string.IsNullOrEmpty(p)));
        var parts = new[] { Fold(names), NameFolding.Fold(names), phone is null ? null : PhoneNumber.Digits(phone) };
        return string.Join(' ', parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    public static string Fold(string text) => Common.Text.Normalize(text).ToLowerInvariant();
}
