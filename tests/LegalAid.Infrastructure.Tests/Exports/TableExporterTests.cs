using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using LegalAid.Application.Common.Models;
using LegalAid.Infrastructure.Exports;

namespace LegalAid.Infrastructure.Tests.Exports;

/// <summary>CSV cells as a spreadsheet reads them: text that starts like a formula stays text, numbers stay numbers.</summary>
public sealed class TableExporterTests
{
    private static readonly ExportTable Changes = new("headline", "Изменения",
        [new("Показатель", CellFormat.Text), new("Было", CellFormat.Count), new("Изменение", CellFormat.Percent)],
        [
            ["Консультации", 51m, new ExportNumber(-0.0392m, CellFormat.Percent)],
            ["=1+1", -3m, null],
            ["-Өмүрбеков", 0m, new ExportNumber(0.1395m, CellFormat.Percent)],
        ]);

    [Theory]
    [InlineData(CsvSeparator.Comma, "Консультации,51,-0.0392|'=1+1,-3,|'-Өмүрбеков,0,0.1395")]
    [InlineData(CsvSeparator.Semicolon, "Консультации;51;-0,0392|'=1+1;-3;|'-Өмүрбеков;0;0,1395")]
    public void NegativeNumbersAreNumbers_WhileTextStartingLikeAFormulaIsEscaped(CsvSeparator separator, string rows)
    {
        var csv = Encoding.UTF8.GetString(new TableExporter().ToCsv(Changes, separator));

        Assert.Equal(rows, string.Join('|', Lines(csv).Skip(1)));
    }

    [Fact]
    public void APhoneNumberOrAHandle_StaysText()
    {
        var csv = Encoding.UTF8.GetString(new TableExporter().ToCsv([new { Phone = "+996 555 154 254", Messenger = "@aizhan_ө" }]));

        Assert.Equal("'+996 555 154 254,'@aizhan_ө", Lines(csv)[1]);
    }

    [Fact]
    public void AHeaderTakenFromAnUploadedFile_IsEscapedToo()
    {
        var csv = Encoding.UTF8.GetString(new TableExporter().ToCsv(["=1+1", "Фамилия"], []));

        Assert.Equal("'=1+1,Фамилия", Lines(csv)[0]);
    }

    [Fact]
    public async Task AMomentInAWorkbook_IsANumberShownWithItsTimeOfDay_AndADateWithout()
    {
        var xlsx = await new TableExporter().ToXlsxAsync(
            [new ExportSheet("Консультации", ["Дата и время", "Дата"], [[new DateTime(2026, 3, 10, 14, 30, 0), new DateOnly(2026, 3, 1)]])], CancellationToken.None);

        using var package = new ZipArchive(new MemoryStream(xlsx));
        var sheet = XDocument.Load(package.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var styles = XDocument.Load(package.GetEntry("xl/styles.xml")!.Open());
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var cells = sheet.Descendants(main + "row").ElementAt(1).Elements(main + "c").ToList();
        var formats = styles.Descendants(main + "numFmt").ToDictionary(f => (string)f.Attribute("numFmtId")!, f => (string)f.Attribute("formatCode")!);
        string FormatOf(XElement cell) => formats.GetValueOrDefault(
            (string)styles.Descendants(main + "cellXfs").Single().Elements(main + "xf").ElementAt((int?)cell.Attribute("s") ?? 0).Attribute("numFmtId")!, "built-in");

        Assert.All(cells, cell => Assert.Null(cell.Attribute("t")));
        Assert.Equal(new DateTime(2026, 3, 10, 14, 30, 0).ToOADate(), double.Parse(cells[0].Value, CultureInfo.InvariantCulture), 6);
        Assert.Contains("hh:mm", FormatOf(cells[0]), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("hh", FormatOf(cells[1]), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task APlainSheet_HasItsHeaderBoldAndFrozen_NumbersAsNumbers_EmptyTextAsAnEmptyCell_AndTheDefaultCellStyle()
    {
        var xlsx = await new TableExporter().ToXlsxAsync(
            [new ExportSheet("Клиенты", ["Номер клиента", "Фамилия", "Сумма"], [[7, "Өмүрбеков", 1500.50m], [12, "=1+1", null], [13, "", null]])], CancellationToken.None);

        using var package = new ZipArchive(new MemoryStream(xlsx));
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var sheet = XDocument.Load(package.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var styles = XDocument.Load(package.GetEntry("xl/styles.xml")!.Open());
        var rows = sheet.Descendants(main + "row").Select(r => r.Elements(main + "c").ToList()).ToList();
        var headerStyle = styles.Descendants(main + "cellXfs").Single().Elements(main + "xf").ElementAt((int)rows[0][0].Attribute("s")!);
        var headerFont = styles.Descendants(main + "fonts").Single().Elements(main + "font").ElementAt((int)headerStyle.Attribute("fontId")!);

        Assert.NotNull(headerFont.Element(main + "b"));
        Assert.Equal(("1", "frozen"), ((string?)sheet.Descendants(main + "pane").Single().Attribute("ySplit"), (string?)sheet.Descendants(main + "pane").Single().Attribute("state")));
        Assert.Equal(["7", "1500.5"], rows[1].Where(c => c.Attribute("t") is null).Select(c => c.Value));
        Assert.Contains("=1+1", rows[2].Select(c => c.Value));
        Assert.Empty(sheet.Descendants(main + "f"));
        Assert.Equal(["13"], rows[3].Where(c => c.HasElements).Select(c => c.Value));
        Assert.Contains(styles.Descendants(main + "cellStyle"), s => (string?)s.Attribute("builtinId") == "0");
    }

    private static string[] Lines(string csv) => csv.TrimStart('\uFEFF').Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
}
