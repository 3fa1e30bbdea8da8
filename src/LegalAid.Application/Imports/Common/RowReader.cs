using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LegalAid.Application.Common.Localisation;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Common;
using LegalAid.Domain.Consultations;
using LegalAid.Domain.Imports;

namespace LegalAid.Application.Imports.Common;

/// <summary>
/// Reads one row into the app's values: text checked for letters the file lost or garbled, dates and numbers parsed,
/// choices looked up, the centre's own words mapped; a problem for each cell that cannot be read, by column.
/// A consultation without a time of day is put at noon.
/// </summary>
public sealed class RowReader(ColumnMap columns, ImportVocabularies vocabularies, int centreId, DateOnly today)
{
    private static readonly TimeOnly NoTimeGiven = new(12, 0);

    private static readonly HashSet<string> NewClientWords = new(["new", "новый", "новая", "жаңы"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The <see cref="ImportMapping.KeyFor"/> of each text met before: a file repeats the same few values in every row.</summary>
    private readonly Dictionary<string, string> keys = new(StringComparer.Ordinal);

    /// <summary>Each name met before, folded: the same names recur row after row.</summary>
    private readonly Dictionary<string, string> folded = new(StringComparer.Ordinal);

    /// <summary>Each unmapped value of the file with how often it occurs, for the mapping form.</summary>
    public Dictionary<(ImportValueKind Kind, string Key), (string Text, int Rows)> Unmapped { get; } = [];

    public static bool MeansNewClient(string choice) => NewClientWords.Contains(choice);

    public ParsedRow Read(SpreadsheetRow source)
    {
        var row = new ParsedRow(source);
        var client = new ImportedClientFields
        {
            FamilyName = Name(row, ImportField.FamilyName),
            GivenName = Name(row, ImportField.GivenName),
            Patronymic = Name(row, ImportField.Patronymic),
            LatinName = Name(row, ImportField.LatinName),
            Sex = Choice(row, ImportField.Sex, vocabularies.Sexes, out var sex) ? sex : null,
            Citizenship = Choice(row, ImportField.Citizenship, vocabularies.Citizenships, out var citizenship) ? citizenship : null,
            Phone = Text(row, ImportField.Phone),
            MessengerContact = Text(row, ImportField.MessengerContact),
            RegionOfOrigin = Text(row, ImportField.RegionOfOrigin),
            PreferredLanguage = Choice(row, ImportField.PreferredLanguage, vocabularies.Languages, out var language) || Cell(row, ImportField.PreferredLanguage).Length > 0
                ? language
                : Languages.Russian,
            ConsentGivenOn = Date(row, ImportField.ConsentGivenOn),
            ConsentScopes = [ConsentScope.LegalAid],
        };
        var born = Cell(row, ImportField.DateOfBirth);
        row.Person = ImportValues.Year(born) is { } year ? client with { BirthYear = year } : client with { DateOfBirth = Date(row, ImportField.DateOfBirth) };
        row.ClientChoice = Cell(row, ImportField.ClientId);
        if (row.ClientChoice.Length > 0 && !MeansNewClient(row.ClientChoice) && !int.TryParse(row.ClientChoice, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            row.Reject(columns.Header(ImportField.ClientId), ImportProblems.UnknownClient, row.ClientChoice);
        }

        row.CaseReference = Text(row, ImportField.CaseReference) ?? string.Empty;
        if (row.CaseReference.Length > ImportedRow.CaseKeyMaxLength)
        {
            row.Reject(columns.Header(ImportField.CaseReference), ImportProblems.InvalidValueInEachLanguage, ImportProblem.InEachLanguage(() => DomainMessages.TooLong(ImportedRow.CaseKeyMaxLength)));
        }

        row.CategoryId = Mapped(row, ImportField.Problem, ImportValueKind.Problem);
        row.Channel = (ConsultationChannel?)Mapped(row, ImportField.Channel, ImportValueKind.Channel);
        row.LawyerId = Mapped(row, ImportField.Lawyer, ImportValueKind.Lawyer);
        row.HeldAt = Moment(row);
        // The consultation's own rules are checked here, with the row's other cells, so that a row rejected for
        // another cell names these problems too; the rules that need its case are checked when the case is built.
        var minutes = Number(row, ImportField.DurationMinutes);
        row.DurationMinutes = minutes is { } m && Obeys(row, ImportField.DurationMinutes, () => Consultation.CheckDuration(m)) ? minutes : null;
        var summary = Text(row, ImportField.Summary);
        row.Summary = summary is not null && Obeys(row, ImportField.Summary, () => Consultation.CheckedSummary(summary)) ? summary : null;
        row.Outcome = Choice(row, ImportField.Outcome, vocabularies.Outcomes, out var outcome) ? outcome : null;
        row.ClosedOn = Date(row, ImportField.ClosedOn);
        if (row.Outcome is not null && row.ClosedOn is null && !row.HasProblemIn(columns.Header(ImportField.ClosedOn)))
        {
            row.Reject(columns.Header(ImportField.ClosedOn), ImportProblems.OutcomeWithoutDate);
        }

        row.ClientIdentity = Identity(row.Person, born);
        row.SourceKey = SourceKey(row);
        return row;
    }

    private string Cell(ParsedRow row, ImportField field) => columns.Cell(row.Source, field);

    /// <summary>Whether the cell's value obeys the domain's <paramref name="rule"/>; its message, in each language, is a problem when not.</summary>
    private bool Obeys(ParsedRow row, ImportField field, Action rule)
    {
        try
        {
            rule();
            return true;
        }
        catch (DomainException e)
        {
            row.Reject(columns.Header(field), e);
            return false;
        }
    }

    private string? Name(ParsedRow row, ImportField field) => Text(row, field, isName: true);

    /// <summary>The cell's text, or null when empty; text the file damaged is a problem and is not used.</summary>
    private string? Text(ParsedRow row, ImportField field, bool isName = false)
    {
        var text = Cell(row, field);
        if (text.Length == 0)
        {
            if (ImportTemplate.Column(field).Required)
            {
                row.Reject(columns.Header(field), ImportProblems.MissingValue);
            }

            return null;
        }

        if (TextDamage.IsMisdecoded(text))
        {
            row.Reject(columns.Header(field), ImportProblems.MisdecodedText);
            return null;
        }

        if (TextDamage.HasLostLetters(text, isName))
        {
            row.Reject(columns.Header(field), ImportProblems.LostCharacters);
            return null;
        }

        return text;
    }

    /// <summary>An item of a fixed list; false when the cell is empty or names none (a problem then).</summary>
    private bool Choice<T>(ParsedRow row, ImportField field, Vocabulary<T> vocabulary, out T value)
    {
        value = default!;
        var text = Text(row, field);
        if (text is null)
        {
            return false;
        }

        if (vocabulary.TryFind(text, out value))
        {
            return true;
        }

        row.Reject(columns.Header(field), ImportProblems.UnknownValueInEachLanguage, [text, .. vocabulary.ClosestLabels(text)]);
        return false;
    }

    /// <summary>A value of a list the centre maps its own words to: found directly, through a confirmed mapping, or waiting for one.</summary>
    private int? Mapped(ParsedRow row, ImportField field, ImportValueKind kind)
    {
        var text = Text(row, field);
        if (text is null)
        {
            return null;
        }

        if (vocabularies.Resolve(kind, text) is { } value)
        {
            return value;
        }

        var key = (kind, ImportMapping.KeyFor(text));
        Unmapped[key] = Unmapped.TryGetValue(key, out var seen) ? seen with { Rows = seen.Rows + 1 } : (text, 1);
        row.Reject(columns.Header(field), ImportProblems.UnmappedValueInEachLanguage, [text, .. vocabularies.Of(kind).ClosestLabels(text)]);
        return null;
    }

    private DateOnly? Date(ParsedRow row, ImportField field)
    {
        var text = Text(row, field);
        if (text is null)
        {
            return null;
        }

        var column = columns.Header(field);
        var personal = ImportTemplate.Column(field).Personal;
        var shown = personal ? string.Empty : text;
        var parsed = ImportValues.Date(text, today);
        if (!parsed.Ok)
        {
            row.Reject(column, personal ? ImportProblems.WithoutValue(parsed.Problem!) : parsed.Problem!, shown);
            return null;
        }

        // Every date a centre's sheet holds is of something that happened: none may be later than today.
        var (first, last) = (field == ImportField.DateOfBirth ? DateRules.FirstBirthDate : DateRules.FirstEventDate, today);
        if (parsed.Value < first || parsed.Value > last)
        {
            var period = ImportProblem.InEachLanguage(() => new[] { first.ToString("d", CultureInfo.CurrentCulture), last.ToString("d", CultureInfo.CurrentCulture) });
            var code = ImportProblems.DateOutOfRangeInEachLanguage;
            row.Reject(column, personal ? ImportProblems.WithoutValue(code) : code, [shown, .. period.SelectMany(dates => dates)]);
            return null;
        }

        return parsed.Value;
    }

    private DateTime? Moment(ParsedRow row)
    {
        var date = Date(row, ImportField.ConsultationDate);
        var text = Text(row, ImportField.ConsultationTime);
        var time = NoTimeGiven;
        if (text is not null)
        {
            var parsed = ImportValues.Time(text);
            if (!parsed.Ok)
            {
                row.Reject(columns.Header(ImportField.ConsultationTime), parsed.Problem!, text);
                return null;
            }

            time = parsed.Value;
        }

        return date?.ToDateTime(time);
    }

    private int? Number(ParsedRow row, ImportField field)
    {
        var text = Text(row, field);
        if (text is null)
        {
            return null;
        }

        var parsed = ImportValues.WholeNumber(text);
        if (!parsed.Ok)
        {
            row.Reject(columns.Header(field), parsed.Problem!, text);
            return null;
        }

        return parsed.Value;
    }

    /// <summary>The person as written: names (case aside) and date or year of birth.</summary>
    private string Identity(ImportedClientFields client, string born) =>
        string.Join('\u001f', Fold(client.FamilyName), Fold(client.GivenName), Fold(client.Patronymic),
            client.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? client.BirthYear?.ToString(CultureInfo.InvariantCulture) ?? born);

    /// <summary>
    /// The key column's value when the file has one; otherwise the fields that tell one consultation from another: the
    /// person, the case, when, with whom, how and about what (dates as read, so a CSV and an XLSX of one file agree).
    /// </summary>
    private string SourceKey(ParsedRow row)
    {
        var own = Cell(row, ImportField.SourceKey);
        var parts = own.Length > 0
            ? ["key", own]
            : new[]
            {
                "row", row.ClientIdentity, KeyOf(row.CaseReference),
                row.HeldAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? Cell(row, ImportField.ConsultationDate) + " " + Cell(row, ImportField.ConsultationTime),
                KeyOf(Cell(row, ImportField.Lawyer)), KeyOf(Cell(row, ImportField.Channel)), KeyOf(Cell(row, ImportField.Problem)),
            };
        var text = string.Join('\u001f', [centreId.ToString(CultureInfo.InvariantCulture), .. parts]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private string KeyOf(string text)
    {
        if (!keys.TryGetValue(text, out var key))
        {
            keys[text] = key = ImportMapping.KeyFor(text);
        }

        return key;
    }

    private string Fold(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        if (!folded.TryGetValue(text, out var fold))
        {
            folded[text] = fold = ClientSearchKey.Fold(text);
        }

        return fold;
    }
}
