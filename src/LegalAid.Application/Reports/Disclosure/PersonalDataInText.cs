using System.Text.RegularExpressions;
using LegalAid.Application.Clients.Common;

namespace LegalAid.Application.Reports.Disclosure;

/// <summary>
/// What in the text programme staff write for a donor report reads as identifying a person: a name (a word shaped
/// like a surname beside another capitalised word, a patronymic, "уулу" or "кызы"), a case number, an e-mail address or
/// a phone number of the programme's countries. The text is not compared with the client register: programme staff
/// may not see it, and a refusal for a registered name alone would tell them who is a client.
/// </summary>
public static partial class PersonalDataInText
{
    private const string Capitalised = @"\p{Lu}[\p{Ll}'’-]+";

    /// <summary>Russian, Kyrgyz and transliterated surnames in any case: Иванов, Иванова, Ивановой, Жаңылбеков, Petrova, Ostrovsky.</summary>
    private const string Surname = @"\p{Lu}\p{Ll}+(?:(?:ов|ев|ёв|ин)(?:а|у|ым|ой|ою|е)?|ск(?:ий|ая|ого|ой|ому|им|ую)|ov|ev|ova|eva|sky|skaya)";

    /// <summary>The first such fragment of <paramref name="text"/>, as written, a name first and a phone number last (a case number's digits read as one too); null when it has none.</summary>
    public static string? FirstIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var name = new[] { SurnameThenName(), NameThenSurname(), Patronymic() }.Select(pattern => pattern.Match(text)).FirstOrDefault(match => match.Success);
        var other = new[] { CaseNumber(), Email() }.Select(pattern => pattern.Match(text)).FirstOrDefault(match => match.Success);
        return name?.Value ?? other?.Value ?? ClientPhone.FirstIn(text);
    }

    [GeneratedRegex(@"\b" + Surname + @"\s+" + Capitalised)]
    private static partial Regex SurnameThenName();

    [GeneratedRegex(@"\b" + Capitalised + @"\s+" + Surname + @"\b")]
    private static partial Regex NameThenSurname();

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?:ович|евич|овн|евн|ичн|ovich|evich|ovn|evn)\p{Ll}*\b|\b" + Capitalised + @"\s+(?:уулу|кызы|угли|оглы|uulu|kyzy|ugli|ogly)\b")]
    private static partial Regex Patronymic();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"\b[A-Z]{3}-[0-9]{4}-[0-9]{5}\b")]
    private static partial Regex CaseNumber();
}
