using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Reports;

/// <summary>The structure a screen reader follows in a report, as poppler's <c>pdfinfo -struct-text</c> reads it.</summary>
public sealed class TaggedPdfTests : ApplicationTest
{
    private const string Wrapped = "Юристы центров в Москве, Казани и Челябинске добивались выплаты задержанной зарплаты, возвращали удержанные "
        + "работодателями паспорта и помогали оспорить решения о выдворении; Кыргызстандан келген мигранттар: ң ө ү.";

    [Fact]
    public async Task AReport_IsTagged_HeadingsByLevel_ATableOverPagesOnce_ParagraphsAndPairsWithTheirSpaces_AndNoRunningHeaderOrFooter()
    {
        var rows = Enumerable.Range(1, 70).Select(n => (IReadOnlyList<string>)[$"Категория {n}", $"{n}"]).ToList();
        List<ReportBlock> blocks =
        [
            new CoverPage("Отчёт для доноров", "Первый квартал", ["Центры: Москва, Казань"]),
            new Heading("Разбивки"),
            new Paragraph(Wrapped),
            new KeyValues([new("Юрист", "Садыкова Айгүл Маратовна")]),
            new Heading("Проблемы клиентов", 2),
            new Table([new TableColumn("Категория", 3), new TableColumn("Клиенты", 1, Numeric: true)], rows, ["Всего", "2485"]),
        ];
        var renderer = await App.InScopeAsync(services => Task.FromResult(services.GetRequiredService<IReportRenderer>()));

        var document = ReportDocument.Create("Отчёт для доноров", "Колонтитул отчёта", App.Clock.GetUtcNow(), TimeZoneInfo.Utc, blocks);

        var pdf = renderer.Render(document);

        var info = await PdfTool.RunAsync("pdfinfo", "poppler-utils", pdf, file => [file]);
        Assert.Matches(@"Tagged:\s+yes", info.Output);
        Assert.True((await PdfText.PagesAsync(pdf)).Count >= 3, "The table was meant to run over pages.");
        var lines = (await PdfStructure.LinesAsync(pdf)).ToList();
        var structure = string.Join('\n', lines);
        var tags = lines.Where(l => !l.StartsWith('"')).Select(l => l.Split(' ')[0]).ToList();

        Assert.Equal("Document", tags[0]);
        Assert.Equal(["H1", "H2", "H3"], tags.Where(t => t.StartsWith('H') && t.Length == 2));
        Assert.Equal("\"Отчёт для доноров\"", lines[lines.IndexOf("H1 (block)") + 1]);
        Assert.Contains($"\"{Wrapped}\"", lines);
        Assert.Contains("\"Юрист Садыкова Айгүл Маратовна\"", lines);
        Assert.Equal(2, tags.Count(t => t == "TH"));
        Assert.Equal(1 + rows.Count + 1, tags.Count(t => t == "TR"));
        Assert.Equal(["Table", "THead", "TBody", "TFoot"], tags.Where(t => t is "Table" or "THead" or "TBody" or "TFoot"));
        Assert.DoesNotContain("Колонтитул", structure, StringComparison.Ordinal);
        Assert.DoesNotContain(document.DocumentId, structure, StringComparison.Ordinal);
        await Qpdf.AssertSoundAsync(pdf);
    }

    [Fact]
    public async Task AParagraphRunningOverAPage_IsOneParagraph_ReadWithoutThePageBetween()
    {
        var text = string.Join(' ', Enumerable.Range(1, 400).Select(n => $"слово{n}"));
        var renderer = await App.InScopeAsync(services => Task.FromResult(services.GetRequiredService<IReportRenderer>()));
        List<ReportBlock> blocks = [.. Enumerable.Range(1, 20).Select(n => new Paragraph($"Строка {n}.")), new Paragraph(text)];

        var pdf = renderer.Render(ReportDocument.Create("Отчёт", "Колонтитул отчёта", App.Clock.GetUtcNow(), TimeZoneInfo.Utc, blocks));

        var pages = await PdfText.PagesAsync(pdf);
        Assert.Contains("слово1 ", pages[0], StringComparison.Ordinal);
        Assert.Contains("слово400", pages[1], StringComparison.Ordinal);
        var lines = await PdfStructure.LinesAsync(pdf);
        Assert.Equal(21, lines.Count(l => l == "P (block)"));
        // One quoted run a page, both under the last paragraph's tag.
        var runs = lines.SkipWhile(l => !l.Contains("слово1 ", StringComparison.Ordinal)).ToList();
        Assert.Equal("P (block)", lines[lines.Count - runs.Count - 1]);
        Assert.Equal(text, string.Concat(runs.Select(r => r.Trim('"'))));
    }

    [Fact]
    public async Task AWordTooLongForAnyLine_CutBetweenLetters_ReadsAsOneWord()
    {
        var code = string.Concat(Enumerable.Range(0, 120).Select(n => (char)('0' + (n % 10))));
        var text = $"Номер квитанции {code} сверен.";
        var renderer = await App.InScopeAsync(services => Task.FromResult(services.GetRequiredService<IReportRenderer>()));

        var pdf = renderer.Render(ReportDocument.Create("Отчёт", "Колонтитул отчёта", App.Clock.GetUtcNow(), TimeZoneInfo.Utc, [new Paragraph(text)]));

        var page = (await PdfText.PagesAsync(pdf))[0];
        Assert.DoesNotContain(code, page, StringComparison.Ordinal);
        Assert.Contains($"\"{text}\"", await PdfStructure.LinesAsync(pdf));
    }

    [Fact]
    public async Task AWordHyphenatedAtTheEndOfALine_ShowsItsHyphen_AndReadsAsOneWord()
    {
        var word = string.Concat(Enumerable.Repeat("юридическая", 9));
        var text = $"Слово {word} перенесено.";
        var renderer = await App.InScopeAsync(services => Task.FromResult(services.GetRequiredService<IReportRenderer>()));

        var pdf = renderer.Render(ReportDocument.Create("Отчёт", "Колонтитул отчёта", App.Clock.GetUtcNow(), TimeZoneInfo.Utc, [new Paragraph(text)]));

        var page = (await PdfText.PagesAsync(pdf))[0];
        Assert.DoesNotContain(word, page, StringComparison.Ordinal);
        Assert.Contains("\"" + text + "\"", await PdfStructure.LinesAsync(pdf));
    }
}
