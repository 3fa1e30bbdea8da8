using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Reports;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace LegalAid.Infrastructure.Reports.Pdf;

/// <summary>Draws a <see cref="ReportDocument"/> with PDFsharp: the only class the reports reach through <see cref="IReportRenderer"/>.</summary>
internal sealed class PdfReportRenderer : IReportRenderer
{
    private const double MinimumAfterHeading = 60;

    public PdfReportRenderer() => EmbeddedFonts.Register();

    public byte[] Render(ReportDocument document)
    {
        // Each page's footer says how many pages there are: a first layout counts them, the second is kept.
        int pageCount;
        using (var counted = Layout(document, new PdfStyle(), pageCount: 0))
        {
            pageCount = counted.PageCount;
        }

        using var pdf = Layout(document, new PdfStyle(), pageCount);
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return ZlibStreams.Compress(output.ToArray(), document.GeneratedAt);
    }

    private static PdfDocument Layout(ReportDocument document, PdfStyle style, int pageCount)
    {
        var pdf = new PdfDocument();
        ZlibStreams.Uncompressed(pdf);
        // Before the tagging starts: its drawing is on no page, which the structure builder would refuse.
        GlyphClosure.Complete(pdf, style.Body, style.BodyBold);
        UAManager.ForDocument(pdf).SetDocumentLanguage(document.Language);
        pdf.Info.Title = document.Title;
        pdf.Info.Creator = "LegalAid";
        pdf.Info.CreationDate = document.GeneratedAt.UtcDateTime;

        using var canvas = new PdfCanvas(pdf, style, document.Header, new PageFooter(document.FooterNote, document.PageNumberFormat, pageCount));
        if (document.Blocks is not [CoverPage, ..])
        {
            canvas.NewPage();
        }

        // Below the title of a cover page or of the first page, the first-level heading, the document's headings are
        // tagged a level lower; the title is drawn as a heading of level 0.
        var headingTags = document.Blocks is [CoverPage or Title, ..] ? 1 : 0;
        var blocks = document.Blocks.Select(b => b is Title title ? new Heading(title.Text, 0) : b).ToList();
        PdfTableWriter.PreparedTable? preparedNext = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            var prepared = preparedNext;
            preparedNext = next is Table table && blocks[i] is Heading ? PdfTableWriter.Prepare(canvas, table) : null;
            Draw(canvas, blocks[i], prepared, blocks[i] is Heading ? KeepWithHeading(canvas, blocks, i, preparedNext) : 0, headingTags);
        }

        return pdf;
    }

    /// <summary>
    /// The room the heading at <paramref name="index"/> keeps below itself for what follows, so it never ends a page
    /// alone: a subheading right after it counts with the room that one keeps in turn.
    /// </summary>
    private static double KeepWithHeading(PdfCanvas canvas, IReadOnlyList<ReportBlock> blocks, int index, PdfTableWriter.PreparedTable? preparedNext = null) =>
        (index + 1 < blocks.Count ? blocks[index + 1] : null) switch
        {
            Table table => (preparedNext ?? PdfTableWriter.Prepare(canvas, table)).StartHeight,
            Chart chart => PdfChartWriter.Height(canvas, chart.Model),
            Heading subheading => Measure(canvas, subheading).Height + KeepWithHeading(canvas, blocks, index + 1),
            _ => MinimumAfterHeading,
        };

    /// <summary>A heading's lines, font and the height it takes with the space around it.</summary>
    private static (IReadOnlyList<string> Lines, XFont Font, double Height) Measure(PdfCanvas canvas, Heading heading)
    {
        var font = heading.Level switch { 0 => canvas.Style.PageTitle, 1 => canvas.Style.Heading1, _ => canvas.Style.Heading2 };
        var lines = TextWrap.Lines(canvas.Graphics, heading.Text, font, canvas.Width);
        return (lines, font, (lines.Count * font.GetHeight() * 1.2) + 12);
    }

    /// <param name="prepared">The table already measured for the heading before it, if any.</param>
    /// <param name="keepWithHeading">For a heading, the room to keep for the block after it.</param>
    /// <param name="headingTags">How many levels lower than its own a heading is tagged.</param>
    private static void Draw(PdfCanvas canvas, ReportBlock block, PdfTableWriter.PreparedTable? prepared, double keepWithHeading, int headingTags)
    {
        var style = canvas.Style;
        switch (block)
        {
            case CoverPage cover:
                canvas.NewPage(withHeader: false);
                canvas.Y = 220;
                canvas.Tagged(PdfBlockLevelElementTag.Heading1, () => canvas.DrawLines(TextWrap.Lines(canvas.Graphics, cover.Title, style.Title, canvas.Width), style.Title, PdfStyle.Accent, canvas.Left, canvas.Width));
                canvas.Y += 10;
                canvas.Tagged(PdfBlockLevelElementTag.Paragraph, () => canvas.DrawLines(TextWrap.Lines(canvas.Graphics, cover.Subtitle, style.Heading1, canvas.Width), style.Heading1, XColors.Black, canvas.Left, canvas.Width));
                canvas.Y += 24;
                foreach (var line in cover.Lines)
                {
                    canvas.Tagged(PdfBlockLevelElementTag.Paragraph, () => canvas.DrawLines(TextWrap.Lines(canvas.Graphics, line, style.Body, canvas.Width), style.Body, PdfStyle.Muted, canvas.Left, canvas.Width));
                }

                canvas.NewPage();
                break;
            case Heading heading:
                var (lines, font, height) = Measure(canvas, heading);
                canvas.Reserve(height + keepWithHeading);
                canvas.Y += heading.Level <= 1 ? 8 : 4;
                canvas.Tagged(HeadingTag(heading.Level + headingTags), () => canvas.DrawLines(lines, font, PdfStyle.Accent, canvas.Left, canvas.Width));
                canvas.Y += 4;
                break;
            case Paragraph paragraph:
                canvas.Tagged(PdfBlockLevelElementTag.Paragraph, () => canvas.DrawLines(TextWrap.Lines(canvas.Graphics, paragraph.Text, style.Body, canvas.Width), style.Body, paragraph.Muted ? PdfStyle.Muted : XColors.Black, canvas.Left, canvas.Width));
                canvas.Y += 6;
                break;
            case KeyValues pairs:
                DrawPairs(canvas, pairs);
                break;
            case Table table:
                PdfTableWriter.Draw(canvas, prepared ?? PdfTableWriter.Prepare(canvas, table));
                break;
            case Chart chart:
                PdfChartWriter.Draw(canvas, chart.Model);
                break;
            case PageBreak:
                canvas.NewPage();
                break;
        }
    }

    private static PdfBlockLevelElementTag HeadingTag(int level) => PdfBlockLevelElementTag.Heading1 + (Math.Clamp(level, 1, 6) - 1);

    /// <summary>Each pair a paragraph: its key, then its value beside it.</summary>
    private static void DrawPairs(PdfCanvas canvas, KeyValues pairs)
    {
        var style = canvas.Style;
        var keyWidth = canvas.Width * 0.32;
        var valueWidth = canvas.Width - keyWidth - 8;
        foreach (var (key, value) in pairs.Items)
        {
            var keyLines = TextWrap.Lines(canvas.Graphics, key, style.Body, keyWidth);
            keyLines[^1] += " "; // so that software reading the text does not join the key's last word to the value
            var valueLines = TextWrap.Lines(canvas.Graphics, value, style.BodyBold, valueWidth);
            var lineHeight = style.Body.GetHeight() * 1.2;
            canvas.Reserve(Math.Max(keyLines.Count, valueLines.Count) * lineHeight);
            var top = canvas.Y;
            var afterKey = top;
            canvas.Tagged(PdfBlockLevelElementTag.Paragraph, () =>
            {
                canvas.DrawLines(keyLines, style.Body, PdfStyle.Muted, canvas.Left, keyWidth);
                afterKey = canvas.Y;
                canvas.Y = top;
                canvas.DrawLines(valueLines, style.BodyBold, XColors.Black, canvas.Left + keyWidth + 8, valueWidth);
            });
            canvas.Y = Math.Max(afterKey, canvas.Y) + 2;
        }

        canvas.Y += 6;
    }
}
