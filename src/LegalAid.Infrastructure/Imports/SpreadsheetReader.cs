using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using MiniExcelLibs;
using UtfUnknown;

namespace LegalAid.Infrastructure.Imports;

/// <summary>
/// CSV in UTF-8 (with or without a byte-order mark) or Windows-1251, told apart by the bytes (valid UTF-8 is UTF-8;
/// anything else is given to a character-set detector, and only Windows-1251 is accepted), with a comma or a
/// semicolon between fields (whichever the header row holds more of; an Excel "sep=" line wins); and XLSX workbooks,
/// first sheet, recognised by their content. Dates in XLSX cells come out as ISO text; numbers invariantly.
/// </summary>
internal sealed class SpreadsheetReader : ISpreadsheetReader
{
    private const string Windows1251 = "windows-1251";

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    static SpreadsheetReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// What the parts of a workbook may unpack to at most: far more than the largest upload's rows take, far less than a
    /// zip bomb (a few kilobytes that unpack to gigabytes).
    /// </summary>
    private const long MaxUnpackedBytes = 512L * 1024 * 1024;

    public SpreadsheetTable Read(string fileName, byte[] content, int maxRows)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is not (".csv" or ".txt" or ".xlsx"))
        {
            throw new UnreadableSpreadsheetException(UnreadableReason.UnsupportedFormat, extension);
        }

        if (content.AsSpan().StartsWith(ZipSignature))
        {
            return ReadXlsx(content, maxRows);
        }

        return extension == ".xlsx" ? throw new UnreadableSpreadsheetException(UnreadableReason.Corrupt) : ReadCsv(content, maxRows);
    }

    private static SpreadsheetTable ReadCsv(byte[] content, int maxRows)
    {
        var (text, encoding) = Decode(content);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new UnreadableSpreadsheetException(UnreadableReason.Corrupt);
        }

        var separator = text.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) ? (char?)null : SeparatorOf(FirstLine(text));
        var options = CsvReaderOptions.Default with { Separator = separator, SkipEmptyLines = false, IncludeValuesInExceptions = false };
        using var reader = CsvReader.FromText(text, options);
        var headers = reader.Headers.Select(h => h.Trim()).ToList();
        if (headers.Count == 0 || headers.All(h => h.Length == 0))
        {
            throw new UnreadableSpreadsheetException(UnreadableReason.Empty);
        }

        var rows = new List<SpreadsheetRow>();
        while (rows.Count <= maxRows && reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetString(i);
            }

            rows.Add(new SpreadsheetRow(checked((int)reader.RowNumber + 1), cells));
        }

        return new SpreadsheetTable(headers, rows, "CSV", encoding, separator ?? reader.Separator);
    }

    /// <summary>UTF-8 when the bytes are UTF-8; otherwise what the detector says, if that is Windows-1251.</summary>
    private static (string Text, string Encoding) Decode(byte[] content)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (content.AsSpan().StartsWith(bom))
        {
            // Bytes that are not UTF-8 after the mark become U+FFFD, which the import reports by row and column.
            return (Encoding.UTF8.GetString(content, bom.Length, content.Length - bom.Length), "UTF-8 BOM");
        }

        if (content.Length >= 2 && (content[0], content[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            throw new UnreadableSpreadsheetException(UnreadableReason.UnsupportedEncoding, "UTF-16");
        }

        if (Utf8.IsValid(content))
        {
            return (Encoding.UTF8.GetString(content), "UTF-8");
        }

        var detected = CharsetDetector.DetectFromBytes(content).Detected?.EncodingName;
        return string.Equals(detected, Windows1251, StringComparison.OrdinalIgnoreCase)
            ? (Encoding.GetEncoding(1251).GetString(content), "Windows-1251")
            : throw new UnreadableSpreadsheetException(UnreadableReason.UnsupportedEncoding, detected);
    }

    private static string FirstLine(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? text : text[..end];
    }

    /// <summary>The one of ';' and ',' the header row holds more of, outside quotes; ',' when neither.</summary>
    private static char SeparatorOf(string header)
    {
        var (commas, semicolons, quoted) = (0, 0, false);
        foreach (var c in header)
        {
            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case ',' when !quoted:
                    commas++;
                    break;
                case ';' when !quoted:
                    semicolons++;
                    break;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    private static SpreadsheetTable ReadXlsx(byte[] content, int maxRows)
    {
        List<IDictionary<string, object?>> sheet;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            RefuseBombs(stream);
            sheet = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().Take(maxRows + 2).ToList();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException or NotSupportedException)
        {
            throw new UnreadableSpreadsheetException(UnreadableReason.Corrupt, inner: e);
        }

        if (sheet.Count == 0)
        {
            throw new UnreadableSpreadsheetException(UnreadableReason.Empty);
        }

        var headers = sheet[0].Values.Select(v => Cell(v).Trim()).ToList();
        if (headers.All(h => h.Length == 0))
        {
            throw new UnreadableSpreadsheetException(UnreadableReason.Empty);
        }

        var rows = sheet.Skip(1).Select((row, i) => new SpreadsheetRow(i + 2, row.Values.Select(Cell).ToArray())).ToList();
        return new SpreadsheetTable(headers, rows, "XLSX", null, null);
    }

    /// <summary>Refuses a workbook whose parts say they unpack to more than <see cref="MaxUnpackedBytes"/>.</summary>
    private static void RefuseBombs(MemoryStream workbook)
    {
        using (var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                throw new UnreadableSpreadsheetException(UnreadableReason.Corrupt);
            }
        }

        workbook.Position = 0;
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        DateTime { TimeOfDay.Ticks: 0 } date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime moment => moment.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        TimeSpan time => time.ToString(@"hh\:mm", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
