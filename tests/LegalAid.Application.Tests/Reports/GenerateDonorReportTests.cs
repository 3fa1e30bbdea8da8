using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Reports.Disclosure;
using LegalAid.Application.Reports.GenerateDonorReport;
using LegalAid.Application.Reports.GetDonorReportFile;
using LegalAid.Application.Reports.ListDonorReports;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Application.Statistics.GetStatistics;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Reports;

public sealed class GenerateDonorReportTests(DemoWorld world) : IClassFixture<DemoWorld>
{
    private static readonly DateOnly From = new(2024, 3, 1);
    private static readonly DateOnly To = new(2026, 2, 28);

    private TestApp App => world.App;

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task TheReport_NamesNoClientAndNoCase(string language)
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var id = await App.SendAsync(Request(language));
        var text = PdfText.Flatten(await PdfText.PagesAsync((await App.SendAsync(new GetDonorReportFile(id))).Content));
        var clients = await App.InDatabaseAsync(db => db.Clients.IgnoreQueryFilters()
            .Select(c => new { c.Name.FamilyName, c.Name.GivenName, c.Name.LatinName, c.Phone, c.BirthDate }).ToListAsync());
        var cases = await App.InDatabaseAsync(db => db.Cases.IgnoreQueryFilters().Select(c => c.Number).ToListAsync());

        Assert.Contains(language == "en" ? "Headline figures" : "Основные показатели", text);
        // Partners by the report's language: "Embassy of the Kyrgyz Republic", "Посольство Кыргызской Республики".
        Assert.Equal((language == "en", language == "ru"), (text.Contains("Embassy of the", StringComparison.Ordinal), text.Contains("Посольство", StringComparison.Ordinal)));
        Assert.Contains(SuppressedCell.SmallCountText, text);
        Assert.All(clients, client =>
        {
            Assert.DoesNotMatch(Word($"{client.FamilyName} {client.GivenName}"), text);
            Assert.DoesNotMatch(Word(client.FamilyName), text);
            if (client.LatinName is { } latin)
            {
                Assert.DoesNotMatch(Word(latin), text);
                Assert.DoesNotMatch(Word(latin.Split(' ')[0]), text);
            }

            if (client.Phone is { } phone)
            {
                Assert.DoesNotContain(phone, text);
                Assert.DoesNotContain(phone.TrimStart('+')[1..], text);
            }

            if (client.BirthDate is { } born)
            {
                Assert.DoesNotContain(born.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), text);
                Assert.DoesNotContain(born.ToString("M/d/yyyy", CultureInfo.InvariantCulture), text);
                Assert.DoesNotContain(born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), text);
            }
        });
        Assert.All(cases, number => Assert.DoesNotContain(number, text));
    }

    [Fact]
    public async Task NoTableCellOrChartValue_IsACountFromOneToFour()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        using var _ = ReportLanguage.Use("en");
        var statistics = await App.SendAsync(new GetStatistics(From, To));
        var document = DonorReportContent.Compose(Request("en"), statistics, "MOW, KZN, CHE", TimeZoneInfo.Utc, App.Clock.GetUtcNow());

        var tables = document.Blocks.OfType<Table>().ToList();
        Assert.True(tables.Count >= 9);
        foreach (var table in tables)
        {
            var numeric = table.Columns.Select((c, i) => (c, i)).Where(c => c.c.Numeric).Select(c => c.i).ToList();
            foreach (var row in table.Total is null ? table.Rows : [.. table.Rows, table.Total])
            {
                Assert.All(numeric, c => Assert.False(IsSmallCount(row[c]), $"{row[0]}: {row[c]}"));
            }
        }

        foreach (var chart in document.Blocks.OfType<Chart>())
        {
            Assert.All(chart.Model.Series.SelectMany(s => s.Values), value => Assert.False(value is > 0 and < 5, $"{chart.Model.Title}: {value}"));
        }
    }

    [Fact]
    public async Task EveryChart_ShowsWhatItsTableShowsAndNoMore()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        using var _ = ReportLanguage.Use("en");
        var statistics = await App.SendAsync(new GetStatistics(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), Centre: [TestApp.Kazan]));
        var document = DonorReportContent.Compose(Request("en"), statistics, "KZN", TimeZoneInfo.Utc, App.Clock.GetUtcNow());
        var title = statistics.Table(StatisticsTables.ByOutcomeAndCategory).Title;
        var heading = document.Blocks.ToList().FindIndex(b => b is Heading h && h.Text == title);
        var outcomes = Assert.IsType<Table>(document.Blocks[heading + 1]);
        var outcomeChart = document.Blocks.OfType<Chart>().Single(c => c.Model.Key == "Outcomes").Model;

        // The chart's bars and labels are the table's total row: a hidden outcome stays hidden in the chart too.
        var shown = outcomeChart.Series[0].Values.Select((v, i) => outcomeChart.Series[0].ValueLabels?[i] ?? v.ToString("N0", CultureInfo.CurrentCulture)).ToList();
        var totals = outcomes.Total!.Skip(1).Take(shown.Count).ToList();
        Assert.Equal(totals, shown);
        Assert.Contains(totals, cell => cell is SuppressedCell.SmallCountText or SuppressedCell.ComplementaryText);
    }

    [Fact]
    public async Task TheArchivedPdf_MatchesItsSha256AndCannotBeChanged()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var id = await App.SendAsync(Request("en"));

        var file = await App.SendAsync(new GetDonorReportFile(id));
        var listed = (await App.SendAsync(new ListDonorReports())).Single(r => r.Id == id);

        Assert.Equal(listed.Sha256, Convert.ToHexStringLower(SHA256.HashData(file.Content)));
        Assert.Equal(("MOW, KZN, CHE", From, To, "en"), (listed.Centres, listed.PeriodFrom, listed.PeriodTo, listed.Language));
        var update = await Assert.ThrowsAnyAsync<DbException>(() => App.InDatabaseAsync(db => db.Database.ExecuteSqlAsync($"UPDATE DonorReports SET Content = x'00' WHERE Id = {id}")));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() => App.InDatabaseAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM DonorReports WHERE Id = {id}")));
        Assert.All([update, delete], e => Assert.Contains("immutable", e.Message));
        Assert.Equal(listed.Sha256, Convert.ToHexStringLower(SHA256.HashData((await App.SendAsync(new GetDonorReportFile(id))).Content)));
    }

    [Fact]
    public async Task OnlyProgrammeStaff_GenerateAndPublish()
    {
        App.ActAs(Roles.Donor, null);
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(Request("en")));

        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(Request("en")));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new ListDonorReports()));
    }

    [Fact]
    public async Task AReversedPeriodOrAnUnknownCentre_IsRefused()
    {
        App.ActAs(Roles.ProgrammeStaff, null);

        await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Request("en") with { From = To, To = From }));
        await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Request("en") with { Centre = [99] }));
        await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Request("ky")));
    }

    private static GenerateDonorReport Request(string language) => new()
    {
        From = From,
        To = To,
        Language = language,
        Title = language == "en" ? "Legal aid to labour migrants, 2024–2026" : "Правовая помощь трудовым мигрантам, 2024–2026",
        Introduction = "Центры в Москве, Казани и Челябинске; Кыргызстандан келген мигранттар: ң ө ү.",
        Highlights = "More wages recovered than in any earlier period.",
    };

    private static Regex Word(string text) => new($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(text)}(?![\p{{L}}\p{{N}}])");

    private static bool IsSmallCount(string cell) =>
        int.TryParse(cell.Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal),
            NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is > 0 and < 5;
}
