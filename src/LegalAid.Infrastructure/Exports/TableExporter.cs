using System.Buffers;
using System.Globalization;
using System.Reflection;
using CsvHelper;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;

namespace LegalAid.Infrastructure.Exports;

/// <summary>
/// CSV is UTF-8 with a BOM for Excel, and text that starts like a formula is escaped with an apostrophe, so an
/// exported name can never run as a spreadsheet formula; numbers are written as numbers, a negative one included. The
/// semicolon form writes decimal commas as Russian-locale Excel reads them.
/// Workbooks are written by <see cref="XlsxWorkbookWriter"/> (described) and <see cref="XlsxSheetsWriter"/> (plain).
/// </summary>
internal sealed class TableExporter : ITableExporter
{
    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    /// <summary>The first characters by which a spreadsheet takes a cell for a formula (OWASP's list).</summary>
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    public byte[] ToCsv<T>(IEnumerable<T> rows)
    {
        var columns = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        return WriteCsv(',', columns.Select(c => c.Name).ToArray(), rows.Select(row => columns.Select(c => Format(c.GetValue(row), CultureInfo.InvariantCulture))));
    }

    public byte[] ToCsv(ExportTable table, CsvSeparator separator)
    {
        var (character, numbers) = separator == CsvSeparator.Semicolon ? (';', (IFormatProvider)DecimalComma) : (',', CultureInfo.InvariantCulture);
        return WriteCsv(character, table.Columns.Select(c => c.Header).ToArray(), table.Rows.Select(row => row.Select(cell => Format(cell, numbers))));
    }

    public Task<byte[]> ToXlsxAsync(ExportWorkbook workbook, CancellationToken cancellationToken) => XlsxWorkbookWriter.WriteAsync(workbook, cancellationToken);

    public byte[] ToCsv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows) =>
        WriteCsv(',', [.. header], rows.Select(row => row.Select(cell => Format(cell, CultureInfo.InvariantCulture))));

    public Task<byte[]> ToXlsxAsync(IReadOnlyList<ExportSheet> sheets, CancellationToken cancellationToken) => XlsxSheetsWriter.WriteAsync(sheets, cancellationToken);

    private static byte[] WriteCsv(char separator, string[] header, IEnumerable<IEnumerable<string>> rows)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.None, Separator = separator }, leaveOpen: true))
        {
            csv.WriteHeader(header.Select(Escaped).ToArray());
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell);
                }

                csv.EndRecord();
            }
        }

        return buffer.ToArray();
    }

    private static string Format(object? value, IFormatProvider numbers) => value switch
    {
        null => string.Empty,
        DateTime utc => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ExportNumber number => number.Value.ToString(numbers),
        IFormattable formattable => formattable.ToString(null, numbers),
        _ => Escaped(value.ToString() ?? string.Empty),
    };

    private static string Escaped(string text) =>
        text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;
}
