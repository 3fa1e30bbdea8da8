namespace LegalAid.Application.Common.Models;

/// <summary>The two CSV forms spreadsheets open directly.</summary>
public enum CsvSeparator
{
    /// <summary>Comma-separated, with a decimal point: Excel in English, LibreOffice, R, pandas.</summary>
    Comma = 1,

    /// <summary>Semicolon-separated, with a decimal comma: Excel with Russian (or Kyrgyz) regional settings.</summary>
    Semicolon = 2,
}
