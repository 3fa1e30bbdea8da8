using LegalAid.Application.Common.Models;

namespace LegalAid.Application.Common.Interfaces;

/// <summary>Writes rows as files people open in Excel.</summary>
public interface ITableExporter
{
    /// <summary>One column per public property, UTF-8 with a byte-order mark so Excel reads Cyrillic correctly.</summary>
    byte[] ToCsv<T>(IEnumerable<T> rows);

    /// <summary>A statistics table with its total row, UTF-8 with a byte-order mark.</summary>
    byte[] ToCsv(StatTable table);

    /// <summary>A workbook with one sheet per table.</summary>
    byte[] ToXlsx(IReadOnlyList<StatTable> tables);

    /// <summary>A table under the given header row (in the reader's language), UTF-8 with a byte-order mark.</summary>
    byte[] ToCsv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows);

    /// <summary>Tables as a workbook, one sheet each; dates and numbers stay dates and numbers.</summary>
    byte[] ToXlsx(IReadOnlyList<ExportSheet> sheets);
}
