using System.IO.Compression;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace LegalAid.Infrastructure.Reports.Pdf;

/// <summary>
/// PDFsharp 6.2.4 ends each Flate stream it writes without zlib's Adler-32 checksum, which strict readers such as
/// <c>qpdf --check</c> report as damage. So the renderer saves the document uncompressed and this pass compresses
/// its streams with .NET's <see cref="ZLibStream"/>, which writes complete zlib data.
/// </summary>
internal static class ZlibStreams
{
    public static void Uncompressed(PdfDocument document)
    {
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
    }

    /// <param name="modified">The document's modification date, which opening it to modify sets to now.</param>
    public static byte[] Compress(byte[] uncompressedPdf, DateTimeOffset modified)
    {
        using var document = PdfReader.Open(new MemoryStream(uncompressedPdf), PdfDocumentOpenMode.Modify);
        document.Info.ModificationDate = modified.UtcDateTime;
        Uncompressed(document);
        foreach (var dictionary in document.Internals.GetAllObjects().OfType<PdfDictionary>())
        {
            if (dictionary.Stream is { } stream && !dictionary.Elements.ContainsKey(PdfDictionary.PdfStream.Keys.Filter))
            {
                var compressed = Deflate(stream.Value);
                if (compressed.Length < stream.Value.Length)
                {
                    stream.Value = compressed;
                    dictionary.Elements.SetName(PdfDictionary.PdfStream.Keys.Filter, "/FlateDecode");
                }
            }
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }
}
