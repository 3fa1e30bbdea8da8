using System.Globalization;
using System.Reflection;
using CsvHelper;
using LegalAid.Application.Common.Interfaces;

namespace LegalAid.Infrastructure.Exports;

/// <summary>
/// One column per public property, header = property name. UTF-8 with BOM for Excel; cells that
/// start like a formula are escaped, so an exported name can never run as a spreadsheet formula.
/// </summary>
internal sealed class CsvTableExporter : ITableExporter
{
    public byte[] ToCsv<T>(IEnumerable<T> rows)
    {
        var columns = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteHeader(columns.Select(c => c.Name).ToArray());
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    csv.WriteField(Format(column.GetValue(row)));
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
