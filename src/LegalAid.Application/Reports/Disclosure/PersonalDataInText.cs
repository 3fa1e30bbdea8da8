using System.Text.RegularExpressions;
using LegalAid.Application.Clients.Common;

namespace LegalAid.Application.Reports.Disclosure;

/// <summary>
/// What in the text programme staff write for donors reads as identifying a person: a name (a word shaped like a
/// surname beside another capitalised word or initials, or alone after «клиент», a patronymic, "уулу" or "кызы"), a case number, an e-mail
/// address or a phone number of the programme's countries. The text is not compared with the client register:
/// programme staff may not see it, and a refusal for a registered name alone would tell them who is a client. Shapes
/// give false alarms (a foundation named after a person, a title in capitals), so the writer may confirm the text.
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
    public static IReadOnlyList<string> AllIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var found = new List<(int Start, string Written)>();
        var matches = new[] { SurnameFirst(), Name(), CaseNumber(), Email() }
            .SelectMany(pattern => pattern.Matches(text).Select(match => (match.Index, match.Value)))
            .Concat(ClientPhone.AllIn(text));
        // A name is quoted from its surname on («Абдуллаев Фаррух», not «Клиент Абдуллаев»): the patterns come in that order.
        foreach (var match in matches.Where(match => !found.Any(kept => Overlap(kept, match))))
        {
            found.Add(match);
        }

        return found.OrderBy(match => match.Start).Select(match => match.Written).Distinct().ToList();
    }

    private static bool Overlap((int Start, string Written) one, (int Start, string Written) other) =>
        one.Start < other.Start + other.Written.Length && other.Start < one.Start + one.Written.Length;

    /// <summary>A surname then a name or initials.</summary>
    [GeneratedRegex(@"\b" + Surname + @"\s+(?:" + Capitalised + "|" + Initials + ")")]
    private static partial Regex SurnameFirst();

    /// <summary>The words that put a surname alone right after them («клиент Абдуллаев»); a place shaped like one (Ростов) follows none of them.</summary>
    private const string PersonWord = @"(?i:клиент|гражданин|гражданк|мигрант|заявител|доверител|господин|госпож|г-н|г-жа|client|applicant|migrant|mr|mrs|ms)\p{Ll}*\.?";

    [GeneratedRegex(
        @"(?:\b" + Capitalised + @"\s+|" + Initials + @"\s?|\b" + PersonWord + @"\s+)" + Surname + @"\b"
        + @"|\b(?:" + Patronymic + @")\b"
        + @"|\b" + Capitalised + @"\s+(?:уулу|кызы|угли|оглы|uulu|kyzy|ugli|ogly)\b")]
    private static partial Regex Name();

    [GeneratedRegex(@"\b[A-Z]{3}-[0-9]{4}-[0-9]{5}\b")]
    private static partial Regex CaseNumber();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();
}
