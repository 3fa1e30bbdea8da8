using System.Globalization;
using LegalAid.Application.Resources;

namespace LegalAid.Application.Common.Reports;

/// <summary>
/// A report's content, independent of how it is drawn: blocks in reading order, a running header, and the
/// footer of every page ("page X of Y", generation time, document id), all already in the report's language.
/// </summary>
public sealed record ReportDocument
{
    public required string Title { get; init; }

    /// <summary>The language it is written in (two letters), so that a reader's software, a screen reader's voice among them, knows it.</summary>
    public required string Language { get; init; }

    /// <summary>Identifies this document in the archive and on every page.</summary>
    public required string DocumentId { get; init; }

    /// <summary>The line at the top of every page after the first.</summary>
    public required RunningHeader Header { get; init; }

    /// <summary>Left part of every footer, e.g. "Generated 25.11.2026 16:40 · ID 3f2a…".</summary>
    public required string FooterNote { get; init; }

    /// <summary>Composite format with {0} the page number and {1} the page count.</summary>
    public required string PageNumberFormat { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    public required IReadOnlyList<ReportBlock> Blocks { get; init; }

    /// <summary>
    /// A document in the current UI language, with the footer and page numbers in the current culture, the time shown in
    /// <paramref name="zone"/>; every page after the first headed by the title and <paramref name="headerDetail"/>.
    /// </summary>
    public static ReportDocument Create(string title, string headerDetail, DateTimeOffset generatedAt, TimeZoneInfo zone, IReadOnlyList<ReportBlock> blocks)
    {
        var documentId = Guid.CreateVersion7(generatedAt).ToString("N")[..16];
        var localTime = TimeZoneInfo.ConvertTime(generatedAt, zone).ToString("g", CultureInfo.CurrentCulture);
        return new ReportDocument
        {
            Title = title,
            Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            DocumentId = documentId,
            Header = new RunningHeader(title, headerDetail),
            FooterNote = Label.Format("Report.Footer", localTime, documentId),
            PageNumberFormat = Label.Get("Report.PageNumber"),
            GeneratedAt = generatedAt,
            Blocks = blocks,
        };
    }
}
