namespace LegalAid.Application.Common.Models;

/// <summary>One line of what a file says about itself, such as "Period: 01.07.2026 – 30.09.2026".</summary>
public sealed record ExportFact(string Label, string Value);

/// <summary>
/// A workbook that describes itself: a first sheet with its title, what it covers and how it was made
/// (<see cref="About"/>) and a contents list of <see cref="Tables"/> by their full titles, then one sheet per table.
/// </summary>
public sealed record ExportWorkbook(string Title, string AboutSheet, IReadOnlyList<ExportFact> About, string ContentsHeading, IReadOnlyList<ExportTable> Tables);
