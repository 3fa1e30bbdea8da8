using System.Buffers;
using System.Globalization;
using System.Reflection;
using CsvHelper;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace LegalAid.Infrastructure.Exports;

/// <summary>
/// CSV is UTF-8 with a BOM for Excel, and text that starts like a formula is escaped with an apostrophe, so an
/// exported name can never run as a spreadsheet formula; numbers are written as numbers, a negative one included. The
/// semicolon form writes decimal commas as Russian-locale Excel reads them.
/// A described workbook is written by <see cref="XlsxWorkbookWriter"/>; plain sheets by MiniExcel, which reads imports too.
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

    public byte[] ToXlsx(IReadOnlyList<ExportSheet> sheets)
    {
        var workbook = new Dictionary<string, object>();
        var dateColumns = new Dictionary<string, DynamicExcelColumn>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            var rows = sheet.Rows.Select(row => (IDictionary<string, object?>)sheet.Header.Select((name, i) => (name, i))
                .ToDictionary(c => c.name, c => Cell(row[c.i]), StringComparer.Ordinal)).ToList();
            foreach (var column in DateColumns(sheet.Header, rows))
            {
                dateColumns.TryAdd(column.Key, column);
            }

            if (rows.Count == 0)
            {
                // MiniExcel writes the header only when it has a row to take the column names from.
                rows.Add(sheet.Header.ToDictionary(name => name, _ => (object?)null, StringComparer.Ordinal));
            }

            workbook[SafeSheetName(sheet.Name)] = rows;
        }

        using var buffer = new MemoryStream();
        buffer.SaveAs(workbook, printHeader: true, excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration { DynamicColumns = [.. dateColumns.Values] });
        return buffer.ToArray();
    }

    /// <summary>Columns of dates shown as dates, and of moments (a consultation's) with their time of day, which MiniExcel's own date format leaves out.</summary>
    private static IEnumerable<DynamicExcelColumn> DateColumns(IReadOnlyList<string> header, List<IDictionary<string, object?>> rows)
    {
        foreach (var name in header)
        {
            var moments = rows.Select(row => row[name]).OfType<DateTime>().ToList();
            if (moments.Count > 0)
            {
                yield return new DynamicExcelColumn(name) { Format = moments.Any(m => m.TimeOfDay != TimeSpan.Zero) ? "yyyy-mm-dd hh:mm" : "yyyy-mm-dd" };
            }
        }
    }

    /// <summary>Dates as dates (MiniExcel knows DateTime, not DateOnly), choices by name.</summary>
    private static object? Cell(object? value) => value switch
    {
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        Enum choice => choice.ToString(),
        _ => value,
    };

    /// <summary>Excel allows 31 characters and no [ ] : * ? / \ in a sheet name.</summary>
    private static string SafeSheetName(string name)
    {
        var safe = new string(name.Where(c => !"[]:*?/\\".Contains(c, StringComparison.Ordinal)).ToArray());
        return safe.Length > 31 ? safe[..31] : safe;
    }

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
