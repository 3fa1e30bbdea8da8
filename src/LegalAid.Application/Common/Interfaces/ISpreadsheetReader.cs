using LegalAid.Application.Common.Models;

namespace LegalAid.Application.Common.Interfaces;

/// <summary>Reads the spreadsheets people bring: CSV (comma or semicolon, UTF-8 or Windows-1251, detected) and XLSX.</summary>
public interface ISpreadsheetReader
{
    /// <summary>The header row and at most <paramref name="maxRows"/> + 1 data rows (enough to tell a file has too many).</summary>
    /// <exception cref="Exceptions.UnreadableSpreadsheetException">Not a CSV or XLSX file, empty, in another encoding, or a workbook that unpacks to more than a spreadsheet could hold.</exception>
    SpreadsheetTable Read(string fileName, byte[] content, int maxRows);
}
