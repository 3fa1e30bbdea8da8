using System.IO.Compression;

namespace LegalAid.Application.Cases.UploadDocument;

/// <summary>Recognises the accepted formats by their content, whatever the file is called.</summary>
public static class DocumentFormats
{
    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The MIME type of a PDF, JPEG, PNG or Word (DOCX) file, or null for anything else.</summary>
    public static string? Detect(ReadOnlyMemory<byte> content)
    {
        var head = content.Span;
        if (head.StartsWith(PdfMagic))
        {
            return Pdf;
        }

        if (head.StartsWith(PngMagic))
        {
            return Png;
        }

        if (head.StartsWith(JpegMagic))
        {
            return Jpeg;
        }

        return head.StartsWith(ZipMagic) && IsWordDocument(content) ? Docx : null;
    }

    /// <summary>The extensions a file of each type is known by, the one added to a name without any of them first.</summary>
    private static readonly Dictionary<string, string[]> Extensions = new()
    {
        [Pdf] = [".pdf"],
        [Jpeg] = [".jpg", ".jpeg", ".jpe", ".jfif"],
        [Png] = [".png"],
        [Docx] = [".docx"],
    };

    /// <summary>
    /// The name a document is kept and downloaded under: as given when its extension is one of its type's, else with
    /// its type's added («скан.exe» of a PDF is «скан.exe.pdf»), so a computer opens the download as what it is.
    /// Cut before the extension to stay within <paramref name="maxLength"/>, never inside a letter of two UTF-16 units.
    /// </summary>
    public static string NameOf(string fileName, string contentType, int maxLength)
    {
        var extensions = Extensions[contentType];
        if (extensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase))
        {
            return fileName;
        }

        var kept = Math.Min(fileName.Length, maxLength - extensions[0].Length);
        if (kept < fileName.Length && char.IsLowSurrogate(fileName[kept]))
        {
            kept--;
        }

        return fileName[..kept] + extensions[0];
    }

    private static bool IsWordDocument(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
