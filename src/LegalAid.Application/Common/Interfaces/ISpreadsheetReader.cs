using LegalAid.Application.Common.Models;

namespace LegalAid.Application.Common.Interfaces;

/// <summary>Reads the spreadsheets people bring: CSV (comma or semicolon, UTF-8 or Windows-1251, detected) and XLSX.</summary>
public interface ISpreadsheetReader
{
    /// <exception cref="Exceptions.UnreadableSpreadsheetException">Not a CSV or XLSX file, empty, or in another encoding.</exception>
    SpreadsheetTable Read(string fileName, byte[] content);
}
