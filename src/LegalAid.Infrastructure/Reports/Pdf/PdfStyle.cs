using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LegalAid.Infrastructure.Reports.Pdf;

/// <summary>The fonts, colours and measures every report shares.</summary>
internal sealed class PdfStyle
{
    public const double Margin = 50;
    public const double HeaderHeight = 24;
    public const double FooterHeight = 26;
    public const double CellPadding = 3;

    public static readonly XColor Accent = XColor.FromArgb(0x1F, 0x3A, 0x68);
    public static readonly XColor Muted = XColor.FromArgb(0x5F, 0x66, 0x6D);
    public static readonly XColor Stripe = XColor.FromArgb(0xF2, 0xF5, 0xFA);
    public static readonly XColor Rule = XColor.FromArgb(0xC8, 0xCD, 0xD2);

    // Unicode (Identity-H with a ToUnicode map) keeps every letter extractable and searchable.
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public XFont Title { get; } = Font(20, bold: true);

    /// <summary>The title at the top of a document's first page, when it has no cover page.</summary>
    public XFont PageTitle { get; } = Font(17, bold: true);

    public XFont Heading1 { get; } = Font(14, bold: true);

    public XFont Heading2 { get; } = Font(11.5, bold: true);

    public XFont Body { get; } = Font(10);

    public XFont BodyBold { get; } = Font(10, bold: true);

    public XFont Small { get; } = Font(8.5);

    public XFont SmallBold { get; } = Font(8.5, bold: true);

    /// <summary>For the header of a table too crowded for its words at the small size.</summary>
    public XFont TinyBold { get; } = Font(7, bold: true);

    public static XFont Font(double size, bool bold = false) =>
        new(EmbeddedFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
}
