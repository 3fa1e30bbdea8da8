using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LegalAid.Infrastructure.Reports.Pdf;

/// <summary>
/// The flow of a document over A4 pages: a cursor moving down the page, a new page (with the running header)
/// when a block does not fit, and the footers drawn once the page count is known.
/// </summary>
internal sealed class PdfCanvas : IDisposable
{
    private readonly string header;
    private XGraphics? graphics;
    private PdfPage? page;

    public PdfCanvas(PdfDocument document, PdfStyle style, string header)
    {
        Document = document;
        Style = style;
        this.header = header;
    }

    public PdfDocument Document { get; }

    public PdfStyle Style { get; }

    public XGraphics Graphics => graphics ?? throw new InvalidOperationException("No page yet.");

    public double Y { get; set; }

    public double Left { get; } = PdfStyle.Margin;

    public double Width => Page.Width.Point - (2 * PdfStyle.Margin);

    public double Bottom => Page.Height.Point - PdfStyle.Margin - PdfStyle.FooterHeight;

    private PdfPage Page => page ?? throw new InvalidOperationException("No page yet.");

    public void NewPage(bool withHeader = true)
    {
        graphics?.Dispose();
        page = Document.AddPage();
        page.Size = PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        Y = Top(withHeader);
        if (withHeader)
        {
            var baseline = PdfStyle.Margin - 6;
            graphics.DrawString(TextWrap.OneLine(graphics, header, Style.Small, Width), Style.Small, new XSolidBrush(PdfStyle.Muted), new XRect(Left, baseline - 10, Width, 12), XStringFormats.TopLeft);
            graphics.DrawLine(new XPen(PdfStyle.Rule, 0.5), Left, baseline + 4, Left + Width, baseline + 4);
        }
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits below the cursor.</summary>
    public void Reserve(double height)
    {
        if (page is null || Y + height > Bottom)
        {
            NewPage();
        }
    }

    public double DrawLines(IEnumerable<string> lines, XFont font, XColor colour, double x, double width, XStringFormat? format = null, double lineSpacing = 1.2)
    {
        var lineHeight = font.GetHeight() * lineSpacing;
        var brush = new XSolidBrush(colour);
        foreach (var line in lines)
        {
            Reserve(lineHeight);
            Graphics.DrawString(line, font, brush, new XRect(x, Y, width, lineHeight), format ?? XStringFormats.TopLeft);
            Y += lineHeight;
        }

        return lineHeight;
    }

    /// <summary>Draws "page X of Y" and the note on every page, reopening each page after the layout is done.</summary>
    public void DrawFooters(string note, string pageNumberFormat)
    {
        graphics?.Dispose();
        graphics = null;
        var count = Document.PageCount;
        for (var i = 0; i < count; i++)
        {
            var each = Document.Pages[i];
            using var footer = XGraphics.FromPdfPage(each, XGraphicsPdfPageOptions.Append);
            var top = each.Height.Point - PdfStyle.Margin - PdfStyle.FooterHeight + 10;
            var width = each.Width.Point - (2 * PdfStyle.Margin);
            var muted = new XSolidBrush(PdfStyle.Muted);
            footer.DrawLine(new XPen(PdfStyle.Rule, 0.5), PdfStyle.Margin, top, PdfStyle.Margin + width, top);
            footer.DrawString(note, Style.Small, muted, new XRect(PdfStyle.Margin, top + 4, width * 0.75, 12), XStringFormats.TopLeft);
            var number = string.Format(System.Globalization.CultureInfo.CurrentCulture, pageNumberFormat, i + 1, count);
            footer.DrawString(number, Style.Small, muted, new XRect(PdfStyle.Margin + (width * 0.75), top + 4, width * 0.25, 12), XStringFormats.TopRight);
        }
    }

    public void Dispose() => graphics?.Dispose();

    private static double Top(bool withHeader) => PdfStyle.Margin + (withHeader ? PdfStyle.HeaderHeight : 0);
}
