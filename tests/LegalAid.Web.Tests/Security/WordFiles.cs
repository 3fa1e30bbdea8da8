using System.IO.Compression;
using System.Text;

namespace LegalAid.Web.Tests.Security;

/// <summary>Word documents made on the spot: a plain one, one carrying macros, one that unpacks to 200 MB.</summary>
internal static class WordFiles
{
    private static readonly Lazy<byte[]> LazyBomb = new(() => Build(zip =>
    {
        using var filler = zip.CreateEntry("word/media/filler.bin", CompressionLevel.Fastest).Open();
        var zeros = new byte[1024 * 1024];
        for (var i = 0; i < 200; i++)
        {
            filler.Write(zeros);
        }
    }));

    public static byte[] Plain() => Build(_ => { });

    /// <summary>A .docx with a VBA project inside, as Word writes a macro-enabled document.</summary>
    public static byte[] WithMacros() => Build(zip =>
    {
        using var vba = zip.CreateEntry("word/vbaProject.bin").Open();
        vba.Write("Attribute VB_Name = \"AutoOpen\""u8);
    });

    /// <summary>10 MB is allowed; this one is 200 KB packed and 200 MB unpacked.</summary>
    public static byte[] Bomb() => LazyBomb.Value;

    private static byte[] Build(Action<ZipArchive> addParts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Write(zip, "word/document.xml", """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Договор</w:t></w:r></w:p></w:body></w:document>""");
            addParts(zip);
        }

        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
