using System.Text.RegularExpressions;
using LegalAid.Application.Clients.Common;

namespace LegalAid.Application.Reports.Disclosure;

/// <summary>
/// What in the text programme staff write for donors reads as identifying a person: a name (a word shaped like a
/// surname beside another capitalised word or initials, or alone after «клиент» (in lower case too, though not for certain), a patronymic, "уулу" or "кызы"), a case number, an e-mail
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

    /// <summary>
    /// A surname typed in lower case («одинаев», «petrova»), found only after a word for a person and never certain:
    /// elsewhere too many common words end so («договоров»), and even there a plural noun does («клиент документов не
    /// представил»). Not «готов» or «здоров», which follow «клиент» often; not -ин («мужчина», «магазина»).
    /// </summary>
    private const string SurnameInLowerCase = @"(?!(?:не)?(?:гото|здоро)в)\p{Ll}{3,}(?:(?:ов|ев|ёв)(?:а|у|ым|ой|ою|е)?|енко|зода|заде)|[a-z]{3,}(?:ov|ev|ova|eva|enko|zoda|zade)";

    private const string Patronymic = @"\p{Lu}\p{Ll}+(?:ович|евич|овн|евн|ичн)(?:а|у|ем|ым|ой|ою|е)?|\p{Lu}\p{Ll}+(?:ovich|evich|ovna|evna)";

    /// <summary>A capitalised word that is not a Kyrgyz possessive («Анын уулу» is "his son", no one's name).</summary>
    private const string NameBeforeSonOf = @"(?![\p{L}'’-]*[нтд][ыуүи]н\s)" + Capitalised;

    private const string SonOf = @"\s+(?:уулу|кызы|угли|оглы|uulu|kyzy|ugli|ogly)\b";

    /// <summary>
    /// Singular words for a client or a party («клиент», «истца», «кардар», «Mr.»): a surname after one is a person's.
    /// A plural is not («мигрантов Ростова»): a place shaped like a surname follows it.
    /// </summary>
    private const string PersonWord =
        @"(?i:клиент(?:а|у|ом|е|ка|ки|ке|ку|кой)?|мигрант(?:а|у|ом|е|ка|ки|ке|ку|кой)?|гражданин(?:а|у|ом|е)?|гражданк(?:а|и|е|у|ой)"
        + @"|заявител(?:ь|я|ю|ем|е)|доверител(?:ь|я|ю|ем|е)|истец|истц(?:а|у|ом|е)|подзащитн(?:ый|ого|ому|ым|ом|ая|ой|ую)"
        + @"|господин(?:а|у|ом|е)?|госпож(?:а|и|е|у|ой)|г-н|г-жа|кардар(?:дын|га|ды|дан)?|жаран(?:дын|га|ды|дан)?"
        + @"|client|applicant|migrant|mr|mrs|ms)\b\.?";

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

        // Matches that overlap are one finding, quoted whole and certain if either is: «Клиент Абдуллаев Фаррух Азизович».
        var matches = new (Regex Pattern, bool Certain)[]
            {
                (SurnameFirst(), false), (SurnameAfterAPersonWord(), true), (SurnameInLowerCaseAfterAPersonWord(), false), (NameAndPatronymic(), true), (NamesAndSonOf(), true),
                (SurnameAfterAName(), false), (PatronymicAlone(), false), (NameAndSonOf(), false), (CaseNumber(), true), (Email(), true),
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
                continue;
            }

            var kept = found[overlapped];
            var (start, end) = (Math.Min(kept.Start, match.Start), Math.Max(kept.End, match.End));
            found[overlapped] = new FoundPersonalData(start, text[start..end], kept.IsCertain || match.IsCertain);
        }

        return found.GroupBy(match => match.Written)
            .Select(same => same.First() with { IsCertain = same.Any(match => match.IsCertain) })
            .OrderBy(match => match.Start)
            .ToList();
    }

    /// <summary>A surname then a name or initials.</summary>
    [GeneratedRegex(@"\b" + Surname + @"\s+(?:" + Capitalised + "|" + Initials + ")")]
    private static partial Regex SurnameFirst();

    /// <summary>A name or initials then a surname: also a foundation or a street named after someone (Фонд Потанина).</summary>
    [GeneratedRegex(@"(?:\b" + Capitalised + @"\s+|" + Initials + @"\s?)" + Surname + @"\b")]
    private static partial Regex SurnameAfterAName();

    [GeneratedRegex(@"\b" + PersonWord + @"\s+(?:" + Capitalised + @"\s+)?" + Surname + @"\b")]
    private static partial Regex SurnameAfterAPersonWord();

    [GeneratedRegex(@"\b" + PersonWord + @"\s+(?:" + SurnameInLowerCase + @")\b")]
    private static partial Regex SurnameInLowerCaseAfterAPersonWord();

    /// <summary>«Фаррух Азизович», «Бакыта Төлөгөновича».</summary>
    [GeneratedRegex(@"\b" + Capitalised + @"\s+(?:" + Patronymic + @")\b")]
    private static partial Regex NameAndPatronymic();

    /// <summary>Alone, a patronymic's ending is also an adjective's («Верховным судом», «Основной»).</summary>
    [GeneratedRegex(@"\b(?:" + Patronymic + @")\b")]
    private static partial Regex PatronymicAlone();

    /// <summary>«Асан Бакыт уулу».</summary>
    [GeneratedRegex(@"\b" + Capitalised + @"\s+" + NameBeforeSonOf + SonOf)]
    private static partial Regex NamesAndSonOf();

    [GeneratedRegex(@"\b" + NameBeforeSonOf + SonOf)]
    private static partial Regex NameAndSonOf();

    [GeneratedRegex(@"\b[A-Z]{3}-[0-9]{4}-[0-9]{5}\b")]
    private static partial Regex CaseNumber();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();
}
