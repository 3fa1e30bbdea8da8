using System.Text;
using LegalAid.Application.Common.Models;
using MiniExcelLibs;

namespace LegalAid.Application.Tests.Exports;

/// <summary>Reading exported files back: the rows of a CSV (header first) or of a workbook's first sheet.</summary>
public abstract class ExportTest : ApplicationTest
{
    protected static List<string[]> CsvRows(ExportedFile file) =>
        [.. Encoding.UTF8.GetString(file.Content).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(','))];

    /// <summary>The rows of the first sheet by header (an empty sheet's writer leaves a row of empty cells under the header).</summary>
    protected static List<IDictionary<string, object?>> XlsxRows(ExportedFile file)
    {
        using var workbook = new MemoryStream(file.Content);
        return [.. MiniExcel.Query(workbook, useHeaderRow: true).Cast<IDictionary<string, object?>>().Where(row => row.Values.Any(v => v is not null))];
    }
}
