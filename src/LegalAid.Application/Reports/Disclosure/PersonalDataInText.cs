using System.Text.RegularExpressions;
using LegalAid.Application.Clients.Common;

namespace LegalAid.Application.Reports.Disclosure;

/// <summary>
/// What in the text programme staff write for donors reads as identifying a person: a name (a word shaped like a
/// surname beside another capitalised word or initials, or alone after «клиент», a patronymic, "уулу" or "кызы"), a case number, an e-mail
/// address or a phone number of the programme's countries. The text is not compared with the client register:
/// programme staff may not see it, and a refusal for a registered name alone would tell them who is a client. Shapes
/// give false alarms (a foundation named after a person, a title in capitals), so the writer may confirm a text whose
/// findings are all of those shapes; a patronymic, a surname after «клиент», a case number, an address or a phone
/// number are certain and cannot be confirmed away.
/// </summary>
public static partial class PersonalDataInText
{
    private const string Capitalised = @"\p{Lu}[\p{Ll}'’-]+";

    private const string Initials = @"\p{Lu}\.\s?(?:\p{Lu}\.)?";

    /// <summary>Russian, Central Asian and transliterated surnames in any case: Иванов, Ивановой, Жаңылбеков, Шевченко, Хасанзода, Petrova.</summary>
    private const string Surname = @"\p{Lu}\p{Ll}+(?:(?:ов|ев|ёв|ин)(?:а|у|ым|ой|ою|е)?|енко|зода|заде|ov|ev|ova|eva|enko|zoda|zade)";

    private const string Patronymic = @"\p{Lu}\p{Ll}+(?:ович|евич|овн|евн|ичн)(?:а|у|ем|ым|ой|ою|е)?|\p{Lu}\p{Ll}+(?:ovich|evich|ovna|evna)";

    /// <summary>
    /// Everything in <paramref name="text"/> that reads as identifying a person, as written and in the order written, so
    /// that whoever confirms a false alarm sees all they confirm; empty when nothing does.
    /// </summary>
    public static IReadOnlyList<FoundPersonalData> AllIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        // A name is quoted from its surname on («Абдуллаев Фаррух», not «клиент Абдуллаев»): the surname-first pattern
        // comes first, and what overlaps a match found before it only makes that match certain.
        var matches = new (Regex Pattern, bool Certain)[]
            {
                (SurnameFirst(), false), (SurnameAfterAName(), false), (SurnameAfterAPersonWord(), true), (PatronymicOrSonOf(), true),
                (CaseNumber(), true), (Email(), true),
            }
            .SelectMany(p => p.Pattern.Matches(text).Select(match => new FoundPersonalData(match.Index, match.Value, p.Certain)))
            .Concat(ClientPhone.AllIn(text).Select(phone => new FoundPersonalData(phone.Start, phone.Written, IsCertain: true)));
        var found = new List<FoundPersonalData>();
        foreach (var match in matches)
        {
            var overlapped = found.FindIndex(kept => kept.Overlaps(match));
            if (overlapped < 0)
            {
                found.Add(match);
            }
            else if (match.IsCertain)
            {
                found[overlapped] = found[overlapped] with { IsCertain = true };
            }
        }

        return found.OrderBy(match => match.Start).DistinctBy(match => match.Written).ToList();
    }

    /// <summary>A surname then a name or initials.</summary>
    [GeneratedRegex(@"\b" + Surname + @"\s+(?:" + Capitalised + "|" + Initials + ")")]
    private static partial Regex SurnameFirst();

    /// <summary>A name or initials then a surname: also a foundation or a street named after someone (Фонд Потанина).</summary>
    [GeneratedRegex(@"(?:\b" + Capitalised + @"\s+|" + Initials + @"\s?)" + Surname + @"\b")]
    private static partial Regex SurnameAfterAName();

    /// <summary>The words that put a surname alone right after them («клиент Абдуллаев»); a place shaped like one (Ростов) follows none of them.</summary>
    private const string PersonWord = @"(?i:клиент|гражданин|гражданк|мигрант|заявител|доверител|господин|госпож|г-н|г-жа|client|applicant|migrant|mr|mrs|ms)\p{Ll}*\.?";

    [GeneratedRegex(@"\b" + PersonWord + @"\s+" + Surname + @"\b")]
    private static partial Regex SurnameAfterAPersonWord();

    [GeneratedRegex(@"\b(?:" + Patronymic + @")\b|\b" + Capitalised + @"\s+(?:уулу|кызы|угли|оглы|uulu|kyzy|ugli|ogly)\b")]
    private static partial Regex PatronymicOrSonOf();

    [GeneratedRegex(@"\b[A-Z]{3}-[0-9]{4}-[0-9]{5}\b")]
    private static partial Regex CaseNumber();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();
}
