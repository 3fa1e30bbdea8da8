using System.Globalization;
using LegalAid.Application.Common.Models;
using SpreadCheetah;
using SpreadCheetah.Metadata;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace LegalAid.Infrastructure.Exports;

/// <summary>
/// Writes an <see cref="ExportWorkbook"/>: a first sheet with the title, what the figures cover and a contents list whose
/// full titles link to the sheets; then each table on its own sheet with its header in row 1 (bold, wrapped, frozen
/// with the row labels), numbers as numbers in their format, and columns as wide as their content.
/// </summary>
internal static class XlsxWorkbookWriter
{
    public static async Task<byte[]> WriteAsync(ExportWorkbook workbook, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var options = new SpreadCheetahOptions { DocumentProperties = new DocumentProperties { Title = workbook.Title } };
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(buffer, options, cancellationToken))
        {
            var styles = new XlsxStyles(spreadsheet);
            var names = new SheetNames();
            var aboutSheet = names.For(workbook.AboutSheet);
            var sheets = workbook.Tables.Select(t => names.For(t.SheetName ?? t.Title)).ToList();

            await WriteAboutAsync(spreadsheet, styles, aboutSheet, workbook, sheets, cancellationToken);
            for (var i = 0; i < workbook.Tables.Count; i++)
            {
                await WriteTableAsync(spreadsheet, styles, sheets[i], workbook.Tables[i], cancellationToken);
            }

            await spreadsheet.FinishAsync(cancellationToken);
        }

        return buffer.ToArray();
    }

    private static async Task WriteAboutAsync(
        Spreadsheet spreadsheet, XlsxStyles styles, string name, ExportWorkbook workbook, List<string> sheets, CancellationToken cancellationToken)
    {
        var options = new WorksheetOptions();
        options.Column(1).Width = XlsxStyles.Width(workbook.About.Select(f => f.Label).Append(workbook.ContentsHeading));
        options.Column(2).Width = XlsxStyles.Width(workbook.About.Select(f => f.Value));
        await spreadsheet.StartWorksheetAsync(name, options, cancellationToken);

        await spreadsheet.AddRowAsync([new Cell(workbook.Title, styles.Title)], cancellationToken);
        foreach (var fact in workbook.About)
        {
            await spreadsheet.AddRowAsync([new Cell(fact.Label, styles.Header), new Cell(fact.Value)], cancellationToken);
        }

        await spreadsheet.AddRowAsync(Array.Empty<Cell>(), cancellationToken);
        await spreadsheet.AddRowAsync([new Cell(workbook.ContentsHeading, styles.Header)], cancellationToken);
        for (var i = 0; i < sheets.Count; i++)
        {
            var title = workbook.Tables[i].Title;
            await spreadsheet.AddRowAsync([new Cell(LinkTo(sheets[i], title), title, styles.Link)], cancellationToken);
        }
    }

    private static async Task WriteTableAsync(Spreadsheet spreadsheet, XlsxStyles styles, string name, ExportTable table, CancellationToken cancellationToken)
    {
        var options = new WorksheetOptions { FrozenRows = 1, FrozenColumns = 1 };
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            options.Column(c + 1).Width = XlsxStyles.Width(table.Rows.Select(r => Shown(r[c], column.Format)), column.Header);
        }

        await spreadsheet.StartWorksheetAsync(name, options, cancellationToken);
        await spreadsheet.AddRowAsync(table.Columns.Select(c => new Cell(c.Header, styles.Header)).ToArray(), cancellationToken);
        foreach (var row in table.Rows)
        {
            await spreadsheet.AddRowAsync(row.Select((value, c) => CellOf(value, table.Columns[c].Format, styles)).ToArray(), cancellationToken);
        }
    }

    private static Cell CellOf(object? value, CellFormat format, XlsxStyles styles) => value switch
    {
        null => new Cell(),
        string text => new Cell(text),
        ExportNumber number => new Cell(number.Value, styles.For(number.Format)),
        decimal number => new Cell(number, styles.For(format)),
        ExportMonth month => new Cell(new DateTime(month.Year, month.Month, 1), styles.Month),
        _ => throw new ArgumentException($"A cell holds text, a number, a month or nothing, not {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>An Excel formula that opens a sheet of this workbook; quotes doubled as formulas and sheet references need.</summary>
    private static Formula LinkTo(string sheet, string title) =>
        new($"HYPERLINK(\"#'{sheet.Replace("'", "''", StringComparison.Ordinal).Replace("\"", "\"\"", StringComparison.Ordinal)}'!A1\",\"{title.Replace("\"", "\"\"", StringComparison.Ordinal)}\")");

    /// <summary>About how a value reads in the sheet, for the column's width.</summary>
    private static string Shown(object? value, CellFormat format) => value switch
    {
        null => string.Empty,
        string text => text,
        ExportNumber number => Shown(number.Value, number.Format),
        decimal number => format switch
        {
            CellFormat.Percent => number.ToString("P0", CultureInfo.InvariantCulture),
            CellFormat.Money => number.ToString("N2", CultureInfo.InvariantCulture),
            _ => number.ToString("N1", CultureInfo.InvariantCulture),
        },
        _ => value.ToString() ?? string.Empty,
    };
}
