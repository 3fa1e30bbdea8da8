using System.IO.Compression;
using System.Runtime.InteropServices;

namespace LegalAid.Application.Cases.UploadDocument;

/// <summary>
/// What a Word document would do when a colleague opens it, judged from the zip's central directory and its small
/// content-type list only: nothing is inflated but that list, so a "zip bomb" costs nothing to refuse.
/// </summary>
public static class WordDocumentSafety
{
    /// <summary>A Word document of 10 MB unpacks to a few times that; more is a zip bomb or not a document.</summary>
    public const long MaxUnpackedBytes = 100L * 1024 * 1024;

    /// <summary>Word's XML compresses twenty-fold or so; a part packed far tighter is filler.</summary>
    public const int MaxCompressionRatio = 200;

    private const int MaxEntries = 10_000;
    private const long MaxContentTypesBytes = 1024 * 1024;

    /// <summary>True when the document carries macros (a VBA project, a macro-enabled content type) or ActiveX controls.</summary>
    public static bool HasActiveContent(ReadOnlyMemory<byte> docx)
    {
        using var zip = Open(docx);
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName.Replace('\\', '/');
            if (name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith("vbaData.xml", StringComparison.OrdinalIgnoreCase)
                || name.Contains("/activeX/", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        var contentTypes = zip.GetEntry("[Content_Types].xml");
        if (contentTypes is null || contentTypes.Length > MaxContentTypesBytes)
        {
            return true;
        }

        using var reader = new StreamReader(contentTypes.Open());
        var declared = reader.ReadToEnd();
        return declared.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)
            || declared.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)
            || declared.Contains("activeX", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the parts' declared sizes add up to a plausible document.</summary>
    public static bool HasPlausibleSize(ReadOnlyMemory<byte> docx)
    {
        using var zip = Open(docx);
        if (zip.Entries.Count > MaxEntries)
        {
            return false;
        }

        long unpacked = 0;
        foreach (var entry in zip.Entries)
        {
            unpacked += entry.Length;
            var tooTight = entry.Length > 1024 * 1024 && entry.Length > (long)MaxCompressionRatio * Math.Max(entry.CompressedLength, 1);
            if (unpacked > MaxUnpackedBytes || tooTight)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reading mode on a seekable stream reads the central directory only; entries inflate when opened.</summary>
    private static ZipArchive Open(ReadOnlyMemory<byte> content)
    {
        var stream = MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
        return new ZipArchive(stream, ZipArchiveMode.Read);
    }
}
