using System.Globalization;
using LegalAid.Application.Common.Models;
using SpreadCheetah;
using SpreadCheetah.Worksheets;

namespace LegalAid.Infrastructure.Exports;

/// <summary>
/// Writes plain sheets (a centre's records, an import template): the header in row 1, bold and frozen; dates and a
/// consultation's moments as dates; numbers as numbers; text as text, never a formula; columns as wide as their content.
/// </summary>
internal static class XlsxSheetsWriter
{
    /// <summary>The rows a column's width is measured on: enough to be typical, few enough for 200,000 rows.</summary>
    private const int RowsMeasured = 1000;

    public static async Task<byte[]> WriteAsync(IReadOnlyList<ExportSheet> sheets, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(buffer, cancellationToken: cancellationToken))
        {
            var styles = new XlsxStyles(spreadsheet);
            var names = new SheetNames();
            foreach (var sheet in sheets)
            {
                await WriteSheetAsync(spreadsheet, styles, names.For(sheet.Name), sheet, cancellationToken);
            }

            await spreadsheet.FinishAsync(cancellationToken);
        }

        return buffer.ToArray();
    }

    private static async Task WriteSheetAsync(Spreadsheet spreadsheet, XlsxStyles styles, string name, ExportSheet sheet, CancellationToken cancellationToken)
    {
        var options = new WorksheetOptions { FrozenRows = 1 };
        for (var c = 0; c < sheet.Header.Count; c++)
        {
            options.Column(c + 1).Width = XlsxStyles.Width(sheet.Rows.Take(RowsMeasured).Select(r => Shown(r[c])), sheet.Header[c]);
        }

        await spreadsheet.StartWorksheetAsync(name, options, cancellationToken);
        await spreadsheet.AddRowAsync(sheet.Header.Select(h => new Cell(h, styles.Header)).ToArray(), cancellationToken);
        foreach (var row in sheet.Rows)
        {
            await spreadsheet.AddRowAsync(row.Select(value => CellOf(value, styles)).ToArray(), cancellationToken);
        }
    }

    /// <summary>
    /// A record's value: text, a whole or decimal number, a date, a moment at the centre, or a choice by name. Empty text
    /// ("other problems" when there are none) is an empty cell, which a spreadsheet's COUNTA does not count.
    /// </summary>
    private static Cell CellOf(object? value, XlsxStyles styles) => value switch
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
}
