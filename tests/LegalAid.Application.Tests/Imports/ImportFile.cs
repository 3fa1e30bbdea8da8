using System.Text;
using LegalAid.Application.Imports.Common;

namespace LegalAid.Application.Tests.Imports;

/// <summary>Import files for tests: rows of the template by field, written as CSV with Russian headers.</summary>
internal static class ImportFile
{
    public const string Lawyer = "Юрист центра 1";

    /// <summary>A valid row: a Kyrgyz client's consultation at the Moscow centre on 10 March 2026; tests change what they are about.</summary>
    public static Dictionary<ImportField, string> Row(string family = "Үсөнбаев", string given = "Нурлан", string date = "10.03.2026", string time = "14:30") => new()
    {
        [ImportField.FamilyName] = family,
        [ImportField.GivenName] = given,
        [ImportField.Patronymic] = "Өмүрбекович",
        [ImportField.Sex] = "М",
        [ImportField.DateOfBirth] = "17.05.1990",
        [ImportField.Citizenship] = "Кыргызстан",
        [ImportField.Phone] = "+7 916 123-45-67",
        [ImportField.PreferredLanguage] = "ky",
        [ImportField.ConsentGivenOn] = "01.03.2026",
        [ImportField.Problem] = "unpaid-wages",
        [ImportField.ConsultationDate] = date,
        [ImportField.ConsultationTime] = time,
        [ImportField.Channel] = "Лично",
        [ImportField.Lawyer] = Lawyer,
        [ImportField.DurationMinutes] = "45",
        [ImportField.Summary] = "Работодатель не платит три месяца; подготовлена претензия.",
    };

    /// <summary>A valid row of another person (her own phone: a shared one would make her a possible duplicate).</summary>
    public static Dictionary<ImportField, string> OtherRow(string date = "11.03.2026")
    {
        var row = Row("Мамытова", "Айгүл", date, "09:15");
        row[ImportField.Patronymic] = "Бакытовна";
        row[ImportField.Sex] = "Ж";
        row[ImportField.DateOfBirth] = "03.11.1995";
        row[ImportField.Phone] = "+7 926 555-12-34";
        return row;
    }

    /// <summary>The rows under the template's Russian headers, separated by <paramref name="separator"/>, quoted where needed.</summary>
    public static string Csv(IEnumerable<IReadOnlyDictionary<ImportField, string>> rows, char separator = ',')
    {
        var fields = ImportTemplate.Columns.Select(c => c.Field).ToList();
        var text = new StringBuilder();
        text.AppendLine(string.Join(separator, fields.Select(f => Quote(ImportTemplate.Column(f).Russian, separator))));
        foreach (var row in rows)
        {
            text.AppendLine(string.Join(separator, fields.Select(f => Quote(row.TryGetValue(f, out var value) ? value : string.Empty, separator))));
        }

        return text.ToString();
    }

    public static byte[] Utf8(IEnumerable<IReadOnlyDictionary<ImportField, string>> rows, char separator = ',') => Encoding.UTF8.GetBytes(Csv(rows, separator));

    /// <summary>The rows as Excel or LibreOffice save a Russian spreadsheet as "CSV": Windows-1251, semicolons.</summary>
    public static byte[] Windows1251(IEnumerable<IReadOnlyDictionary<ImportField, string>> rows)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1251).GetBytes(Csv(rows, ';'));
    }

    private static string Quote(string value, char separator) =>
        value.Contains(separator, StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal)
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
