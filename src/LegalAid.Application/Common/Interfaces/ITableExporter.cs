namespace LegalAid.Application.Common.Interfaces;

/// <summary>Writes rows as files people open in Excel; column headers are the given names.</summary>
public interface ITableExporter
{
    /// <summary>UTF-8 with a byte-order mark, so Excel reads Cyrillic correctly.</summary>
    byte[] ToCsv<T>(IEnumerable<T> rows);
}
