using System.Globalization;
using LegalAid.Application.Common.Reports;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace LegalAid.Infrastructure.Reports.Pdf;

/// <summary>
/// The flow of a tagged document over A4 pages: a cursor moving down the page, and a new page, with its running header
/// and its footer, when a block does not fit. What is drawn belongs to the structure element the writer has begun in
/// <see cref="Structure"/>; headers, footers and rules are artifacts, which screen readers skip.
/// </summary>
internal sealed class PdfCanvas : IDisposable
{
    private readonly RunningHeader header;
    private readonly PageFooter footer;
    private XGraphics? graphics;
    private PdfPage? page;

    public PdfCanvas(PdfDocument document, PdfStyle style, RunningHeader header, PageFooter footer)
    {
        Document = document;
        Style = style;
        Structure = UAManager.ForDocument(document).StructureBuilder;
        this.header = header;
        this.footer = footer;
    }

    public PdfDocument Document { get; }

    public StructureBuilder Structure { get; }

    public PdfStyle Style { get; }

    public XGraphics Graphics => graphics ?? throw new InvalidOperationException("No page yet.");

    public double Y { get; set; }

    public double Left { get; } = PdfStyle.Margin;

    public double Width => Page.Width.Point - (2 * PdfStyle.Margin);

    public double Bottom => Page.Height.Point - PdfStyle.Margin - PdfStyle.FooterHeight;

    private PdfPage Page => page ?? throw new InvalidOperationException("No page yet.");

    public void NewPage(bool withHeader = true)
    {
        // The old page's graphics stay open while the page is added: the structure builder closes its marked content there.
        var previous = graphics;
        page = Document.AddPage();
        previous?.Dispose();
        page.Size = PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        Y = Top(withHeader);
        Structure.BeginArtifact();
        if (withHeader)
        {
            var baseline = PdfStyle.Margin - 6;
            var line = TextWrap.OneLine(graphics, header.Title, RunningHeader.Separator + header.Detail, Style.Small, Width);
            graphics.DrawString(line, Style.Small, new XSolidBrush(PdfStyle.Muted), new XRect(Left, baseline - 10, Width, 12), XStringFormats.TopLeft);
            graphics.DrawLine(new XPen(PdfStyle.Rule, 0.5), Left, baseline + 4, Left + Width, baseline + 4);
        }

        DrawFooter();
        Structure.End();
    }

    /// <summary>What <paramref name="draw"/> draws, as one structure element.</summary>
    public void Tagged(PdfBlockLevelElementTag tag, Action draw)
    {
        Structure.BeginElement(tag);
        draw();
        Structure.End();
    }

    /// <summary>Draws what is not content (a rule, a fill) so that screen readers skip it.</summary>
    public void Artifact(Action draw)
    {
        Structure.BeginArtifact();
        draw();
        Structure.End();
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits below the cursor.</summary>
    public void Reserve(double height)
    {
        if (page is null || Y + height > Bottom)
        {
            NewPage();
        }
    }

    public double DrawLines(IReadOnlyList<string> lines, XFont font, XColor colour, double x, double width, double lineSpacing = 1.2)
    {
        var lineHeight = font.GetHeight() * lineSpacing;
        var brush = new XSolidBrush(colour);
        foreach (var line in lines)
        {
            Reserve(lineHeight);
            Graphics.DrawString(line, font, brush, new XRect(x, Y, width, lineHeight), XStringFormats.TopLeft);
            Y += lineHeight;
        }

        return lineHeight;
    }

    /// <summary>"Page X of Y" and the note at the foot of the new page.</summary>
    private void DrawFooter()
    {
        var top = Page.Height.Point - PdfStyle.Margin - PdfStyle.FooterHeight + 10;
        var muted = new XSolidBrush(PdfStyle.Muted);
        Graphics.DrawLine(new XPen(PdfStyle.Rule, 0.5), Left, top, Left + Width, top);
        Graphics.DrawString(footer.Note, Style.Small, muted, new XRect(Left, top + 4, Width * 0.75, 12), XStringFormats.TopLeft);
        var number = string.Format(CultureInfo.CurrentCulture, footer.PageNumberFormat, Document.PageCount, footer.PageCount);
        Graphics.DrawString(number, Style.Small, muted, new XRect(Left + (Width * 0.75), top + 4, Width * 0.25, 12), XStringFormats.TopRight);
    }

    public void Dispose() => graphics?.Dispose();

    private static double Top(bool withHeader) => PdfStyle.Margin + (withHeader ? PdfStyle.HeaderHeight : 0);
}

/// <summary>The foot of every page: <paramref name="PageNumberFormat"/> takes the page's number and <paramref name="PageCount"/>.</summary>
internal sealed record PageFooter(string Note, string PageNumberFormat, int PageCount);
