using LegalAid.Application.Common.Charts;


namespace LegalAid.Application.Common.Reports;

/// <summary>One piece of a report's content.</summary>
public abstract record ReportBlock;

/// <summary>A title page: the title, a subtitle and a few lines, then a new page.</summary>
public sealed record CoverPage(string Title, string Subtitle, IReadOnlyList<string> Lines) : ReportBlock;

/// <summary>The document's title at the top of its first page, for a document without a cover page; its headings rank below it.</summary>
public sealed record Title(string Text) : ReportBlock;

/// <summary>Level 1 starts a section, level 2 a subsection; a heading stays with what follows it.</summary>
public sealed record Heading(string Text, int Level = 1) : ReportBlock;

/// <summary>Text wrapped to the page width; line breaks in the text start new lines.</summary>
public sealed record Paragraph(string Text, bool Muted = false) : ReportBlock;

/// <summary>Label and value pairs in two columns.</summary>
public sealed record KeyValues(IReadOnlyList<KeyValuePair<string, string>> Items) : ReportBlock;

/// <summary>A table whose header row repeats on every page it spans and whose rows never split across pages.</summary>
/// <param name="Note">A line under the table, kept on the page of its last row.</param>
public sealed record Table(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string>? Total = null, string? Note = null) : ReportBlock;

/// <param name="Width">Relative width: the columns share the page width in proportion.</param>
public sealed record TableColumn(string Title, double Width = 1, bool Numeric = false);

public sealed record Chart(ChartModel Model) : ReportBlock;

public sealed record PageBreak : ReportBlock;
