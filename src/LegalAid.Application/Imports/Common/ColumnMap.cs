using LegalAid.Application.Common.Models;

namespace LegalAid.Application.Imports.Common;

/// <summary>Which column of a file holds which template field, and what is wrong with the header row.</summary>
public sealed class ColumnMap
{
    private readonly Dictionary<ImportField, int> columns = [];
    private readonly IReadOnlyList<string> headers;

    public ColumnMap(IReadOnlyList<string> headers)
    {
        this.headers = headers;
        for (var i = 0; i < headers.Count; i++)
        {
            if (headers[i].Length == 0)
            {
                continue;
            }

            if (ImportTemplate.FieldOf(headers[i]) is not { } field)
            {
                Problems.Add(ImportProblem.Of(1, headers[i], ImportProblems.UnknownColumn, headers[i]));
            }
            else if (!columns.TryAdd(field, i))
            {
                Problems.Add(ImportProblem.Of(1, headers[i], ImportProblems.RepeatedColumn, headers[i]));
            }
        }

        foreach (var missing in ImportTemplate.Columns.Where(c => c.Required && !columns.ContainsKey(c.Field)))
        {
            Problems.Add(ImportProblem.Of(1, missing.Russian, ImportProblems.MissingColumn, $"{missing.Russian} / {missing.English}"));
        }
    }

    /// <summary>The header row as the file writes it.</summary>
    public IReadOnlyList<string> Headers => headers;

    /// <summary>Unknown and repeated columns, and missing required ones (those make the file unusable).</summary>
    public List<ImportProblem> Problems { get; } = [];

    public bool IsUsable => Problems.All(p => p.Code is ImportProblems.UnknownColumn);

    public bool Has(ImportField field) => columns.ContainsKey(field);

    /// <summary>The cell of the field in the row, trimmed; empty when the file has no such column.</summary>
    public string Cell(SpreadsheetRow row, ImportField field) => columns.TryGetValue(field, out var i) ? Unescaped(row[i].Trim()) : string.Empty;

    /// <summary>The column's header as the file writes it, or the template's name when the file lacks it.</summary>
    public string Header(ImportField field) => columns.TryGetValue(field, out var i) ? headers[i] : ImportTemplate.Column(field).Russian;

    /// <summary>
    /// Without the apostrophe exports put before a cell that starts like a formula ("'+7 916…"), so that a rejects file
    /// or an export of this app reads back as it was.
    /// </summary>
    private static string Unescaped(string cell) => cell.Length > 1 && cell[0] == '\'' && "=+-@".Contains(cell[1], StringComparison.Ordinal) ? cell[1..] : cell;
}
