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
/// with the row labels), numbers as numbers in their format, and columns as wide as their content. Plain sheets (a
/// centre's records, an import template) get the same header row, dates and moments as dates, and numbers as numbers.
/// </summary>
internal static class XlsxWorkbookWriter
{
    private const double MinWidth = 8;
    private const double MaxWidth = 60;
    private const int HeaderWrapsAt = 24;

    /// <summary>The rows a plain sheet's column widths are measured on: enough to be typical, few enough for 200,000 rows.</summary>
    private const int RowsMeasured = 1000;

    public static async Task<byte[]> WriteAsync(ExportWorkbook workbook, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var options = new SpreadCheetahOptions { DocumentProperties = new DocumentProperties { Title = workbook.Title } };
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(buffer, options, cancellationToken))
        {
            var styles = new Styles(spreadsheet);
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

    public static async Task<byte[]> WriteAsync(IReadOnlyList<ExportSheet> sheets, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(buffer, cancellationToken: cancellationToken))
        {
            var styles = new Styles(spreadsheet);
            var names = new SheetNames();
            foreach (var sheet in sheets)
            {
                await WriteSheetAsync(spreadsheet, styles, names.For(sheet.Name), sheet, cancellationToken);
            }

            await spreadsheet.FinishAsync(cancellationToken);
        }

        return buffer.ToArray();
    }

    private static async Task WriteSheetAsync(Spreadsheet spreadsheet, Styles styles, string name, ExportSheet sheet, CancellationToken cancellationToken)
    {
        var rows = sheet.Rows as IReadOnlyList<IReadOnlyList<object?>> ?? [.. sheet.Rows];
        var options = new WorksheetOptions { FrozenRows = 1 };
        for (var c = 0; c < sheet.Header.Count; c++)
        {
            var header = sheet.Header[c].Length > HeaderWrapsAt ? sheet.Header[c][..HeaderWrapsAt] : sheet.Header[c];
            options.Column(c + 1).Width = Width(rows.Take(RowsMeasured).Select(r => Shown(r[c])).Append(header));
        }

        await spreadsheet.StartWorksheetAsync(name, options, cancellationToken);
        await spreadsheet.AddRowAsync(sheet.Header.Select(h => new Cell(h, styles.Header)).ToArray(), cancellationToken);
        foreach (var row in rows)
        {
            await spreadsheet.AddRowAsync(row.Select(value => CellOf(value, styles)).ToArray(), cancellationToken);
        }
    }

    /// <summary>
    /// A record's value: text, a whole or decimal number, a date, a moment at the centre, or a choice by name. Empty text
    /// ("other problems" when there are none) is an empty cell, which a spreadsheet's COUNTA does not count.
    /// </summary>
    private static Cell CellOf(object? value, Styles styles) => value switch
    {
        null or "" => new Cell(),
        string text => new Cell(text),
        int number => new Cell(number),
        long number => new Cell(number),
        decimal number => new Cell(number),
        DateOnly date => new Cell(date.ToDateTime(TimeOnly.MinValue), styles.Date),
        DateTime moment => new Cell(moment, styles.Moment),
        Enum choice => new Cell(choice.ToString()),
        _ => throw new ArgumentException($"A record's cell holds text, a number, a date or a choice, not {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>About how a record's value reads in the sheet, for the column's width.</summary>
    private static string Shown(object? value) => value switch
    {
        null => string.Empty,
        DateOnly => "yyyy-mm-dd",
        DateTime => "yyyy-mm-dd hh:mm",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static async Task WriteAboutAsync(
        Spreadsheet spreadsheet, Styles styles, string name, ExportWorkbook workbook, List<string> sheets, CancellationToken cancellationToken)
    {
        var options = new WorksheetOptions();
        options.Column(1).Width = Width(workbook.About.Select(f => f.Label).Append(workbook.ContentsHeading));
        options.Column(2).Width = Width(workbook.About.Select(f => f.Value));
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

    private static async Task WriteTableAsync(Spreadsheet spreadsheet, Styles styles, string name, ExportTable table, CancellationToken cancellationToken)
    {
        var options = new WorksheetOptions { FrozenRows = 1, FrozenColumns = 1 };
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            var header = column.Header.Length > HeaderWrapsAt ? column.Header[..HeaderWrapsAt] : column.Header;
            options.Column(c + 1).Width = Width(table.Rows.Select(r => Shown(r[c], column.Format)).Append(header));
        }

        await spreadsheet.StartWorksheetAsync(name, options, cancellationToken);
        await spreadsheet.AddRowAsync(table.Columns.Select(c => new Cell(c.Header, styles.Header)).ToArray(), cancellationToken);
        foreach (var row in table.Rows)
        {
            await spreadsheet.AddRowAsync(row.Select((value, c) => CellOf(value, table.Columns[c].Format, styles)).ToArray(), cancellationToken);
        }
    }

    private static Cell CellOf(object? value, CellFormat format, Styles styles) => value switch
    {
        null => new Cell(),
        string text => new Cell(text),
        ExportNumber number => new Cell(number.Value, styles.For(number.Format)),
        decimal number => new Cell(number, styles.For(format)),
        _ => throw new ArgumentException($"A cell holds text, a number or nothing, not {value.GetType().Name}.", nameof(value)),
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

    private static double Width(IEnumerable<string> texts) =>
        Math.Clamp(texts.Select(t => t.Length).DefaultIfEmpty(0).Max() + 2, MinWidth, MaxWidth);

    private sealed class Styles(Spreadsheet spreadsheet)
    {
        public StyleId Title { get; } = spreadsheet.AddStyle(new Style { Font = { Bold = true, Size = 14 } });

        public StyleId Header { get; } = spreadsheet.AddStyle(new Style { Font = { Bold = true }, Alignment = { WrapText = true, Vertical = VerticalAlignment.Top } });

        public StyleId Link { get; } = spreadsheet.AddStyle(Style.Hyperlink);

        public StyleId Date { get; } = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd") });

        public StyleId Moment { get; } = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd hh:mm") });

        private readonly Dictionary<CellFormat, StyleId> numbers = new()
        {
            [CellFormat.Count] = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("#,##0") }),
            [CellFormat.Money] = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("#,##0.00") }),
            [CellFormat.Percent] = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("0%") }),
            [CellFormat.Fractional] = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("#,##0.0") }),
        };

        public StyleId? For(CellFormat format) => numbers.GetValueOrDefault(format);
    }
}
