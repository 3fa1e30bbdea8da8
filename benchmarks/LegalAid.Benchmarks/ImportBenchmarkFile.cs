using System.Globalization;
using System.Text;

namespace LegalAid.Benchmarks;

/// <summary>
/// A centre's spreadsheet as the import template describes it, invented and reproducible: one row per consultation,
/// about four consultations per client over ten years, one or two cases per client (by problem), Russian headers,
/// names with Kyrgyz letters. The people differ by the duplicate rules of registration (no two share a name, a family
/// name and date of birth, or a phone), so every row is accepted and the whole file is imported.
/// </summary>
internal static class ImportBenchmarkFile
{
    public static readonly string[] Lawyers = ["Айгүл Сыдыкова", "Бакыт Өмүров", "Елена Смирнова", "Нурбек Жумабеков"];

    private const string FamilyConsonants = "бгджзклмнпрсфх";
    private const string GivenConsonants = "бгджзклмнпрсфш";
    private const int GivenNames = 150;

    private static readonly string[] Problems = ["unpaid-wages", "documents-patent", "migration-registration", "Жильё", "Запрет на въезд", "workplace-injury"];
    private static readonly string[] Channels = ["Лично", "Телефон", "Мессенджер", "Горячая линия", "Online"];
    private static readonly string[] Citizenships = ["Кыргызстан", "Таджикистан", "Узбекистан", "KG"];

    private static readonly string Header = string.Join(';',
        "Фамилия", "Имя", "Отчество", "Пол", "Дата рождения", "Гражданство", "Телефон", "Язык", "Согласие дано", "Дело", "Проблема",
        "Дата консультации", "Время", "Канал", "Юрист", "Длительность, мин", "Содержание");

    public static byte[] Generate(int rows, DateOnly today)
    {
        var random = new Random(2008);
        var text = new StringBuilder(rows * 200);
        text.Append(Header).Append('\n');
        var firstDay = today.AddYears(-10);
        var written = 0;
        for (var client = 0; written < rows; client++)
        {
            var consultations = Math.Min(rows - written, 1 + random.Next(7));
            var cases = consultations > 3 ? 2 : 1;
            var born = new DateOnly(1970, 1, 1).AddDays(client % GivenNames * 97);
            var start = firstDay.AddDays(random.Next(today.DayNumber - firstDay.DayNumber - 60));
            var family = FamilyName(client / GivenNames);
            var given = GivenName(client % GivenNames);
            for (var i = 0; i < consultations; i++)
            {
                var @case = i * cases / consultations;
                var held = start.AddDays(i * 7 + random.Next(7));
                text.AppendJoin(';',
                    family, given, client % 3 == 0 ? string.Empty : "Бакытович", client % 2 == 0 ? "М" : "Ж",
                    born.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), Citizenships[client % Citizenships.Length],
                    "+7 9" + (100_000_000 + client).ToString(CultureInfo.InvariantCulture), client % 4 == 0 ? "ky" : "ru",
                    start.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), string.Empty, Problems[(client + @case) % Problems.Length],
                    held.ToString("d.M.yy", CultureInfo.InvariantCulture), $"{9 + random.Next(9)}:{random.Next(4) * 15:00}",
                    Channels[random.Next(Channels.Length)], Lawyers[client % Lawyers.Length], 15 + random.Next(8) * 15,
                    "Консультация по трудовому договору, подготовлена претензия работодателю.");
                text.Append('\n');
                written++;
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>
    /// The file as an export some weeks earlier would have been: the header and each client's first consultation (a
    /// client's rows follow each other, and no two clients share a phone), so that the whole file imported after it adds
    /// the later consultations to the clients and cases this one created.
    /// </summary>
    public static byte[] FirstConsultations(byte[] file)
    {
        var phone = Array.IndexOf(Header.Split(';'), "Телефон");
        var lines = Encoding.UTF8.GetString(file).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var firsts = lines.Skip(1).Where((line, i) => line.Split(';')[phone] != lines[i].Split(';')[phone]);
        return Encoding.UTF8.GetBytes(string.Join('\n', [lines[0], .. firsts]) + "\n");
    }

    /// <summary>"Ка?а?ов": the skeletons of family names all start with k, and no two family names of the file fold alike.</summary>
    private static string FamilyName(int index)
    {
        var (first, second) = Pair(FamilyConsonants, index);
        return $"Ка{first}ө{second}ов";
    }

    /// <summary>"Ү?а?ат": given names start with a vowel, so a given name never folds like a family name.</summary>
    private static string GivenName(int index)
    {
        var (first, second) = Pair(GivenConsonants, index);
        return $"Ү{first}а{second}ат";
    }

    /// <summary>The index-th pair of two different consonants.</summary>
    private static (char First, char Second) Pair(string consonants, int index)
    {
        var n = consonants.Length;
        var first = index / (n - 1) % n;
        var second = index % (n - 1);
        second += second >= first ? 1 : 0;
        return (consonants[first], consonants[second]);
    }
}
