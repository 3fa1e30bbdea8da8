using System.Globalization;
using System.Reflection;
using CsvHelper;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using MiniExcelLibs;

namespace LegalAid.Infrastructure.Exports;

/// <summary>
/// CSV is UTF-8 with a BOM for Excel, and cells that start like a formula are escaped, so an exported name can
/// never run as a spreadsheet formula. XLSX has one sheet per table, numbers as numbers.
/// </summary>
internal sealed class TableExporter : ITableExporter
{
    public byte[] ToCsv<T>(IEnumerable<T> rows)
    {
        var columns = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        return WriteCsv(columns.Select(c => c.Name).ToArray(), rows.Select(row => columns.Select(c => Format(c.GetValue(row)))));
    }

    public byte[] ToCsv(StatTable table) =>
        WriteCsv([string.Empty, .. table.Columns], Rows(table).Select(row => row.Select(Format)));

    public byte[] ToXlsx(IReadOnlyList<StatTable> tables)
    {
        var sheets = new Dictionary<string, object>();
        foreach (var table in tables)
        {
            var header = new[] { table.Title }.Concat(table.Columns).ToList();
            sheets[SheetName(table, sheets.Keys)] = Rows(table)
                .Select(row => (IDictionary<string, object?>)header.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => row[c.i]))
                .ToList();
        }

        using var buffer = new MemoryStream();
        buffer.SaveAs(sheets, printHeader: true, excelType: ExcelType.XLSX);
        return buffer.ToArray();
    }

    public byte[] ToCsv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows) =>
        WriteCsv([.. header], rows.Select(row => row.Select(Format)));

    public byte[] ToXlsx(IReadOnlyList<ExportSheet> sheets)
    {
        var workbook = new Dictionary<string, object>();
        foreach (var sheet in sheets)
        {
            var rows = sheet.Rows.Select(row => (IDictionary<string, object?>)sheet.Header.Select((name, i) => (name, i))
                .ToDictionary(c => c.name, c => Cell(row[c.i]), StringComparer.Ordinal)).ToList();
            if (rows.Count == 0)
            {
                // MiniExcel writes the header only when it has a row to take the column names from.
                rows.Add(sheet.Header.ToDictionary(name => name, _ => (object?)null, StringComparer.Ordinal));
            }

            workbook[SafeSheetName(sheet.Name)] = rows;
        }

        using var buffer = new MemoryStream();
        buffer.SaveAs(workbook, printHeader: true, excelType: ExcelType.XLSX);
        return buffer.ToArray();
    }

    /// <summary>Dates as dates (MiniExcel knows DateTime, not DateOnly), choices by name.</summary>
    private static object? Cell(object? value) => value switch
    {
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        Enum choice => choice.ToString(),
        _ => value,
    };

    private static string SafeSheetName(string name)
    {
        var safe = new string(name.Where(c => !"[]:*?/\\".Contains(c, StringComparison.Ordinal)).ToArray());
        return safe.Length > 31 ? safe[..31] : safe;
    }

    private static IEnumerable<object?[]> Rows(StatTable table) =>
        table.Rows.Append(table.Total).Select(row => new object?[] { row.Label }.Concat(row.Values.Cast<object?>()).ToArray());

    /// <summary>Excel allows 31 characters and no [ ] : * ? / \ in a sheet name.</summary>
    private static string SheetName(StatTable table, IEnumerable<string> taken)
    {
        var name = SafeSheetName(table.Title);
        return taken.Contains(name) ? table.Key[..Math.Min(31, table.Key.Length)] : name;
    }

    private static byte[] WriteCsv(string[] header, IEnumerable<IEnumerable<string>> rows)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteHeader(header);
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

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        DateTime utc => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
