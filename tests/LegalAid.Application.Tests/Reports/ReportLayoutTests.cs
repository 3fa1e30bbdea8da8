using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Reports;

public sealed class ReportLayoutTests : ApplicationTest
{
    [Fact]
    public async Task ASectionHeading_FollowedByASubheadingAndItsTable_NeverEndsAPageAlone()
    {
        var table = new Table([new TableColumn("Категория", 3), new TableColumn("Клиенты", 1, Numeric: true)], [["Невыплата заработной платы", "42"], ["Документы и патент", "17"]]);
        var renderer = await App.InScopeAsync(services => Task.FromResult(services.GetRequiredService<IReportRenderer>()));

        // One line more of text before the headings each time walks them down past the foot of the first page.
        for (var lines = 28; lines <= 46; lines++)
        {
            List<ReportBlock> blocks = [.. Enumerable.Range(1, lines).Select(n => new Paragraph($"Строка {n}.")), new Heading("Разбивки"), new Heading("Проблемы клиентов", 2), table];
            var pages = await PdfText.PagesAsync(renderer.Render(ReportDocument.Create("Отчёт", "Отчёт", App.Clock.GetUtcNow(), TimeZoneInfo.Utc, blocks)));

            var section = pages.ToList().FindIndex(p => p.Contains("Разбивки", StringComparison.Ordinal));
            Assert.True(pages[section].Contains("Проблемы клиентов", StringComparison.Ordinal), $"After {lines} lines the heading «Разбивки» ends page {section + 1} alone.");
        }
    }

    [Fact]
    public async Task ARunningHeaderLongerThanTheLine_ShortensItsTitleAtAWord_KeepsItsPeriod_AndNoWordCrossesTheRightMargin()
    {
        const double rightMargin = 595.28 - 50;
        var title = string.Join(' ', Enumerable.Repeat("Эмгек мигранттарына юридикалык жардам, Өзгөчө көңүл,", 4));
        var renderer = await App.InScopeAsync(services => Task.FromResult(services.GetRequiredService<IReportRenderer>()));
        List<ReportBlock> blocks = [.. Enumerable.Range(1, 80).Select(n => new Paragraph($"Сап {n}."))];

        const string period = " · 2026-ж., 1-июль – 2026-ж., 30-сентябрь";

        var pdf = renderer.Render(ReportDocument.Create(title, period[3..], App.Clock.GetUtcNow(), TimeZoneInfo.Utc, blocks));

        var shown = (await PdfText.PagesAsync(pdf))[1].TrimStart().Split('\n')[0].Trim();
        Assert.EndsWith("…" + period, shown, StringComparison.Ordinal);
        var kept = shown[..^(period.Length + 1)];
        Assert.True(kept.Length > 40 && title.StartsWith(kept, StringComparison.Ordinal) && title[kept.Length] is ' ' or ',', $"«{shown}» is not the title cut after a word.");
        Assert.All(await PdfText.WordsAsync(pdf), word => Assert.True(word.Right <= rightMargin + 0.5, $"«{word.Text}» ends at {word.Right:0.#} pt, past the margin at {rightMargin:0.#}."));
    }
}
