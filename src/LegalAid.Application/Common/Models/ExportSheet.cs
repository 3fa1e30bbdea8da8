namespace LegalAid.Application.Common.Models;

/// <summary>A sheet of a workbook: its name, its header row (in the reader's language) and its rows.</summary>
public sealed record ExportSheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);
