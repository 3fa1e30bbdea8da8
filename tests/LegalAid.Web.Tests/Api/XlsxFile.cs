using System.IO.Compression;
using System.Xml.Linq;

namespace LegalAid.Web.Tests.Api;

/// <summary>Reads an XLSX file's own XML (a zip of SpreadsheetML parts), so a test sees exactly what a spreadsheet program would.</summary>
internal sealed class XlsxFile
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly Dictionary<string, string> parts;
    private readonly Dictionary<string, string> sheetPaths;

    public XlsxFile(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        parts = zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
        var targets = XDocument.Parse(parts["xl/_rels/workbook.xml.rels"]).Root!.Elements(PackageRelationships + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => "xl/" + ((string)r.Attribute("Target")!).TrimStart('/').Replace("xl/", string.Empty, StringComparison.Ordinal));
        var sheets = XDocument.Parse(parts["xl/workbook.xml"]).Descendants(Main + "sheet").ToList();
        SheetNames = sheets.Select(s => (string)s.Attribute("name")!).ToList();
        sheetPaths = sheets.ToDictionary(s => (string)s.Attribute("name")!, s => targets[(string)s.Attribute(Relationships + "id")!]);
    }

    public IReadOnlyList<string> SheetNames { get; }

    public string SheetXml(string sheet) => parts[sheetPaths[sheet]];

    /// <summary>Each row's cells as the text or number written in them.</summary>
    public List<List<string>> Rows(string sheet) =>
        XDocument.Parse(SheetXml(sheet)).Descendants(Main + "row").Select(row => row.Elements(Main + "c").Select(Value).ToList()).ToList();

    public List<string> Formulas(string sheet) =>
        XDocument.Parse(SheetXml(sheet)).Descendants(Main + "f").Select(f => f.Value).ToList();

    private static string Value(XElement cell) => (string?)cell.Attribute("t") switch
    {
        "inlineStr" => string.Concat(cell.Descendants(Main + "t").Select(t => t.Value)),
        "s" => throw new NotSupportedException("Shared strings are not expected in these files."),
        _ => cell.Element(Main + "v")?.Value ?? string.Empty,
    };
}
