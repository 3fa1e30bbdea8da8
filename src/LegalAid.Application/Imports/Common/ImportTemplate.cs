namespace LegalAid.Application.Imports.Common;

/// <summary>A template column: its Russian and English header, whether a file must have it, whether its values are personal data.</summary>
public sealed record ImportColumn(ImportField Field, string Russian, string English, bool Required, bool Personal);

/// <summary>
/// The import template: one row per consultation, with the client and the case it belongs to. A file may name its
/// columns in Russian or English (case, spaces and punctuation do not matter) and in any order.
/// </summary>
public static class ImportTemplate
{
    public static IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new(ImportField.SourceKey, "Ключ строки", "Source key", false, true),
        new(ImportField.ClientId, "Номер клиента", "Client id", false, false),
        new(ImportField.FamilyName, "Фамилия", "Family name", true, true),
        new(ImportField.GivenName, "Имя", "Given name", true, true),
        new(ImportField.Patronymic, "Отчество", "Patronymic", false, true),
        new(ImportField.LatinName, "Имя латиницей", "Latin name", false, true),
        new(ImportField.Sex, "Пол", "Sex", true, false),
        new(ImportField.DateOfBirth, "Дата рождения", "Date of birth", false, true),
        new(ImportField.Citizenship, "Гражданство", "Citizenship", true, false),
        new(ImportField.Phone, "Телефон", "Phone", false, true),
        new(ImportField.MessengerContact, "Мессенджер", "Messenger", false, true),
        new(ImportField.RegionOfOrigin, "Регион", "Region of origin", false, true),
        new(ImportField.PreferredLanguage, "Язык", "Language", false, false),
        new(ImportField.ConsentGivenOn, "Согласие дано", "Consent given on", true, false),
        new(ImportField.CaseReference, "Дело", "Case", false, false),
        new(ImportField.Problem, "Проблема", "Problem", true, false),
        new(ImportField.ConsultationDate, "Дата консультации", "Consultation date", true, false),
        new(ImportField.ConsultationTime, "Время", "Time", false, false),
        new(ImportField.Channel, "Канал", "Channel", true, false),
        new(ImportField.Lawyer, "Юрист", "Lawyer", true, false),
        new(ImportField.DurationMinutes, "Длительность, мин", "Duration, min", true, false),
        new(ImportField.Summary, "Содержание", "Summary", true, true),
        new(ImportField.Outcome, "Исход", "Outcome", false, false),
        new(ImportField.ClosedOn, "Дата закрытия", "Closed on", false, false),
    ];

    private static readonly Dictionary<string, ImportField> ByHeader = Columns
        .SelectMany(c => new[] { c.Russian, c.English, c.Field.ToString() }.Select(h => (Key: HeaderKey(h), c.Field)))
        .DistinctBy(h => h.Key)
        .ToDictionary(h => h.Key, h => h.Field, StringComparer.Ordinal);

    public static ImportColumn Column(ImportField field) => Columns[(int)field];

    /// <summary>The column a header names, or null.</summary>
    public static ImportField? FieldOf(string header) => ByHeader.TryGetValue(HeaderKey(header), out var field) ? field : null;

    /// <summary>
    /// The headers of the template in a language: Russian, or English for "en"; a column a file must have marked «*»
    /// (reading a header ignores it, as any punctuation).
    /// </summary>
    public static IReadOnlyList<string> Headers(string language) =>
        Columns.Select(c => (language == "en" ? c.English : c.Russian) + (c.Required ? " *" : string.Empty)).ToList();

    public static string SheetName(string language) => language == "en" ? "Import" : "Импорт";

    public static string ListsSheetName(string language) => language == "en" ? "Lists" : "Списки";

    /// <summary>The header of the lists sheet: the template column, a value it accepts, and that value's code (accepted too).</summary>
    public static IReadOnlyList<string> ListHeaders(string language) =>
        language == "en" ? ["Column", "Value", "Code"] : ["Столбец", "Значение", "Код"];

    /// <summary>Every value the columns read against a list accept, as the lists sheet shows them.</summary>
    public static IEnumerable<IReadOnlyList<object?>> Lists(ImportVocabularies vocabularies, string language)
    {
        string Header(ImportField field) => language == "en" ? Column(field).English : Column(field).Russian;
        IEnumerable<IReadOnlyList<object?>> Of<T>(ImportField field, Vocabulary<T> vocabulary) =>
            vocabulary.Items.Select(item => (IReadOnlyList<object?>)[Header(field), item.Label(), item.Names[0]]);

        return Of(ImportField.Sex, vocabularies.Sexes)
            .Concat(Of(ImportField.Citizenship, vocabularies.Citizenships))
            .Concat(Of(ImportField.PreferredLanguage, vocabularies.Languages))
            .Concat(Of(ImportField.Problem, vocabularies.Problems))
            .Concat(Of(ImportField.Channel, vocabularies.Channels))
            .Concat(Of(ImportField.Lawyer, vocabularies.Lawyers))
            .Concat(Of(ImportField.Outcome, vocabularies.Outcomes));
    }

    /// <summary>Letters and digits only, lower-cased: "Длительность, мин", "длительность (мин)" and "ДЛИТЕЛЬНОСТЬ МИН" are one header.</summary>
    private static string HeaderKey(string header) =>
        new(header.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant().Replace('ё', 'е').Where(char.IsLetterOrDigit).ToArray());
}
