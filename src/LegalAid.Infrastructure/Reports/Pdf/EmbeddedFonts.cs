using System.Reflection;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace LegalAid.Infrastructure.Reports.Pdf;

/// <summary>
/// Serves DejaVu Sans from this assembly for every font PDFsharp asks for, so a report never depends on the
/// fonts of the server (DejaVu covers Cyrillic with Kyrgyz ң ө ү, Tajik and Uzbek letters, and Latin).
/// </summary>
internal sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<bool> Registered = new(() =>
    {
        GlobalFontSettings.FontResolver = new EmbeddedFonts();
        return true;
    });

    /// <summary>PDFsharp has one process-wide resolver; set it once, before the first font is made.</summary>
    public static void Register() => _ = Registered.Value;

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var face = bold ? "DejaVuSans-Bold" : "DejaVuSans";
        return italic ? new FontResolverInfo(face, XStyleSimulations.ItalicSimulation) : new FontResolverInfo(face);
    }

    public byte[] GetFont(string faceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"LegalAid.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
