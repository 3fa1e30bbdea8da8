using LegalAid.Application.Common.Models;

namespace LegalAid.Application.Common.Interfaces;

/// <summary>Writes rows as files people open in Excel.</summary>
public interface ITableExporter
{
    /// <summary>One column per public property, UTF-8 with a byte-order mark so Excel reads Cyrillic correctly.</summary>
    byte[] ToCsv<T>(IEnumerable<T> rows);

    /// <summary>A table with its header row, UTF-8 with a byte-order mark, in the form <paramref name="separator"/> names.</summary>
    byte[] ToCsv(ExportTable table, CsvSeparator separator);

    /// <summary>A workbook whose first sheet describes it and lists the others, then one sheet per table.</summary>
    Task<byte[]> ToXlsxAsync(ExportWorkbook workbook, CancellationToken cancellationToken);

    /// <summary>Rows under a header row as they are (an import's rejected rows, a record export), UTF-8 with a byte-order mark, commas.</summary>
    byte[] ToCsv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows);

    /// <summary>Plain sheets, the first one first (an import template is read from its first sheet); dates and numbers stay dates and numbers.</summary>
    Task<byte[]> ToXlsxAsync(IReadOnlyList<ExportSheet> sheets, CancellationToken cancellationToken);
}
