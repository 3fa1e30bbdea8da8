namespace LegalAid.Application.Common.Exceptions;

/// <summary>The file is not a spreadsheet the app reads; <see cref="Reason"/> names why, <see cref="Detail"/> may say more (an encoding).</summary>
public sealed class UnreadableSpreadsheetException(UnreadableReason reason, string? detail = null, Exception? inner = null)
    : Exception($"The spreadsheet cannot be read: {reason}.", inner)
{
    public UnreadableReason Reason { get; } = reason;

    public string? Detail { get; } = detail;
}

public enum UnreadableReason
{
    /// <summary>Neither .csv nor .xlsx.</summary>
    UnsupportedFormat = 1,

    /// <summary>Not UTF-8 nor Windows-1251.</summary>
    UnsupportedEncoding = 2,

    /// <summary>No header row.</summary>
    Empty = 3,

    /// <summary>An .xlsx that is not a workbook, or CSV that is not text.</summary>
    Corrupt = 4,
}
