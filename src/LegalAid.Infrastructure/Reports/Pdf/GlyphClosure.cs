using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LegalAid.Infrastructure.Reports.Pdf;

/// <summary>
/// PDFsharp 6.2.4 subsets a font by the glyphs drawn plus the components of composite glyphs one level deep.
/// DejaVu builds some letters in two levels (Ё from Е from E; Ӧ, ӧ, ї and others likewise), so a page with Ё
/// but no Latin E would lose the base of Ё. Drawing the intermediate glyphs once into a form that is never
/// placed on a page puts their bases in the subset, without adding text to any page.
/// </summary>
internal static class GlyphClosure
{
    private const string Intermediates = "ÏÜäåïöüŽžǪǫȧȯʼ\u030CІАЕОСЫаеосуыѡӘәӨө";

    public static void Complete(PdfDocument document, params XFont[] faces)
    {
        var form = new XForm(document, XUnit.FromPoint(10), XUnit.FromPoint(10));
        using var graphics = XGraphics.FromForm(form);
        foreach (var face in faces)
        {
            graphics.DrawString(Intermediates, face, XBrushes.Black, 0, 0);
        }
    }
}
