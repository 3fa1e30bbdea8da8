using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using LegalAid.Application.Common.Charts;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Reports.Disclosure;
using LegalAid.Application.Reports.GenerateDonorReport;
using LegalAid.Application.Reports.GetDonorReportFile;
using LegalAid.Application.Reports.ListDonorReports;
using LegalAid.Application.Reports.ListReportPeriods;
using LegalAid.Application.Resources;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Application.Statistics.GetStatistics;
using LegalAid.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Reports;

public sealed class GenerateDonorReportTests(DemoWorld world) : IClassFixture<DemoWorld>
{
    private static readonly DateOnly From = new(2024, 3, 1);
    private static readonly DateOnly To = new(2026, 2, 28);

    private TestApp App => world.App;

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    [InlineData("ky")]
    public async Task TheReport_NamesNoClientAndNoCase(string language)
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var id = await App.SendAsync(Request(language));
        var text = PdfText.Flatten(await PdfText.PagesAsync((await App.SendAsync(new GetDonorReportFile(id))).Content));
        var clients = await App.InDatabaseAsync(db => db.Clients.IgnoreQueryFilters()
            .Select(c => new { c.Name.FamilyName, c.Name.GivenName, c.Name.LatinName, c.Phone, c.BirthDate }).ToListAsync());
        var cases = await App.InDatabaseAsync(db => db.Cases.IgnoreQueryFilters().Select(c => c.Number).ToListAsync());

        Assert.Contains(language switch { "en" => "Headline figures", "ky" => "Негизги көрсөткүчтөр", _ => "Основные показатели" }, text);
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
    public async Task TheKyrgyzEdition_IsWrittenInKyrgyz_AndNamesTheCentresInKyrgyz()
    {
        App.ActAs(Roles.ProgrammeStaff, null);

        var pdf = (await App.SendAsync(new GetDonorReportFile(await App.SendAsync(Request("ky"))))).Content;
        var text = PdfText.Flatten(await PdfText.PagesAsync(pdf));
        var structure = await PdfStructure.LinesAsync(pdf);

        Assert.Equal("ky", await Qpdf.LanguageAsync(pdf));
        Assert.Equal(0, PdfStructure.EmptyHeaderCells(structure));
        Assert.Contains("\"Ай\"", structure);
        PdfStructure.AssertOutline(structure);
        Assert.Contains("\"Көйгөй\"", structure);
        Assert.Contains("2024-ж., 1-март – 2026-ж., 28-февраль мезгили үчүн отчёт", text);
        Assert.Contains("Эмгек мигранттарына укуктук жардам программасы", text);
        Assert.Contains("Борборлор: Мигранттарды колдоо борбору — Москва, Мигранттарды колдоо борбору — Казань, Мигранттарды колдоо борбору — Челябинск", text);
        Assert.All(["Негизги көрсөткүчтөр", "Айлар боюнча", "Бөлүштүрүү", "Борборлор боюнча иштер", "Жарандыгы жана жынысы боюнча кардарлар", "Кардарлардын пайдасына өндүрүлдү"],
            heading => Assert.Contains(heading, text));
        Assert.DoesNotMatch(@"\b(MOW|KZN|CHE)\b", text);
        Assert.DoesNotContain("Центр поддержки", text);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    [InlineData("ky")]
    public async Task AReportWithTheLongestTitle_KeepsEveryWordOfEveryPageInsideTheRightMargin(string language)
    {
        const double rightMargin = 595.28 - 50;
        App.ActAs(Roles.ProgrammeStaff, null);
        var words = string.Concat(Enumerable.Repeat("Эмгек мигранттарына юридикалык жардам, ", 10));
        var request = Request(language) with { Title = words[..DonorReport.TitleMaxLength].TrimEnd() };

        var pdf = (await App.SendAsync(new GetDonorReportFile(await App.SendAsync(request)))).Content;

        Assert.All(await PdfText.WordsAsync(pdf), word => Assert.True(word.Right <= rightMargin + 0.5, $"«{word.Text}» ends at {word.Right:0.#} pt, past the margin at {rightMargin:0.#}."));
    }

    [Theory]
    [InlineData("en", @"Recovered for clients [1-9][0-9]{0,2}(,[0-9]{3})+ ?₽ [0-9,]+ ?₽")]
    [InlineData("ru", @"Взыскано в пользу клиентов [1-9][0-9]{0,2}( [0-9]{3})+ ?₽ [0-9 ]+ ?₽")]
    [InlineData("ky", @"Кардарлардын пайдасына өндүрүлдү [1-9][0-9]{0,2}( [0-9]{3})+ ?₽ [0-9 ]+ ?₽")]
    public async Task Roubles_AreWrittenOnce_TheAmountWithItsSign(string language, string headline)
    {
        App.ActAs(Roles.ProgrammeStaff, null);

        var text = PdfText.Flatten(await PdfText.PagesAsync((await App.SendAsync(new GetDonorReportFile(await App.SendAsync(Request(language))))).Content));

        Assert.Matches(headline, text);
        Assert.DoesNotContain("RUB", text);
        Assert.DoesNotMatch(@"₽\s*₽", text);
    }

    [Fact]
    public async Task NoTableCellOrChartValue_IsACountFromOneToFour()
    {
        using var _ = ReportLanguage.Use("en");
        var document = await ComposeAsync("en");

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
    public async Task EveryChart_IsAFigureThatScreenReadersReadByItsDescription_HiddenValuesHidden()
    {
        using var _ = ReportLanguage.Use("ky");
        var document = await ComposeAsync("ky");
        var renderer = await App.InScopeAsync(services => Task.FromResult(services.GetRequiredService<IReportRenderer>()));

        var figures = await Qpdf.FigureAltTextsAsync(renderer.Render(document));

        Assert.Equal(document.Blocks.OfType<Chart>().Select(c => c.Model.Description), figures);
        Assert.All(figures, description => Assert.DoesNotMatch(@"\s[1-4](;|$)", description!));
        Assert.Contains(figures, description => description!.StartsWith("Жашы боюнча кардарлар: ", StringComparison.Ordinal) && description.Contains(SuppressedCell.SmallCountText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryChart_ShowsWhatItsTableShowsAndNoMore()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        using var _ = ReportLanguage.Use("en");
        var hidden = 0;
        foreach (var centre in new[] { TestApp.Moscow, TestApp.Kazan, TestApp.Chelyabinsk })
        {
            var statistics = await App.SendAsync(new GetStatistics(new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31), Centre: [centre]));
            var document = DonorReportContent.Compose(Request("en"), statistics, DonorTables.Of(statistics, TestApp.CentreNamesInEnglish), "KZN", TimeZoneInfo.Utc, App.Clock.GetUtcNow());
            var blocks = document.Blocks.ToList();
            var outcomeChart = blocks.OfType<Chart>().Single(c => c.Model.Key == "Outcomes").Model;
            var outcomes = Assert.IsType<Table>(blocks[blocks.FindIndex(b => b is Heading h && h.Text == statistics.Table(StatisticsTables.ByOutcomeAndCategory).Title) + 1]);

            // The outcome chart's bars and labels are the outcome table's total row; every other chart follows the table
            // just above it, one bar per row and its total: a hidden value stays hidden in the chart too.
            Assert.Equal(outcomes.Total!.Skip(1).Take(outcomeChart.Categories.Count), Shown(outcomeChart));
            foreach (var i in Enumerable.Range(1, blocks.Count - 1).Where(i => blocks[i] is Chart { Model.Key: not ("Outcomes" or "Monthly") }))
            {
                var table = Assert.IsType<Table>(blocks[i - 1]);
                Assert.Equal(table.Rows.Select(r => r[^1]), Shown(((Chart)blocks[i]).Model));
            }

            hidden += blocks.OfType<Chart>().Sum(c => c.Model.Series.Sum(s => s.HiddenMarks?.Count(m => m is not null) ?? 0));
        }

        Assert.True(hidden > 0, "no chart of these reports hides a value");

        static IEnumerable<string> Shown(ChartModel chart) =>
            chart.Series[0].Values.Select((v, i) => chart.Series[0].HiddenMark(i) ?? v.ToString("N0", CultureInfo.CurrentCulture));
    }

    [Fact]
    public async Task TheReportWithItsCharts_PassesQpdfsCheck_WithNoWarning()
    {
        App.ActAs(Roles.ProgrammeStaff, null);

        await Qpdf.AssertSoundAsync((await App.SendAsync(new GetDonorReportFile(await App.SendAsync(Request("ky"))))).Content);
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
        var loss = await Assert.ThrowsAnyAsync<DbException>(() => App.InDatabaseAsync(db => db.Database.ExecuteSqlAsync($"UPDATE DonorReports SET HiddenCells = 0 WHERE Id = {id}")));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() => App.InDatabaseAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM DonorReports WHERE Id = {id}")));
        Assert.All([update, loss, delete], e => Assert.Contains("immutable", e.Message));
        Assert.Equal(listed.Sha256, Convert.ToHexStringLower(SHA256.HashData((await App.SendAsync(new GetDonorReportFile(id))).Content)));
    }

    [Fact]
    public async Task EveryTableOfTheReportsOfEveryRecentPeriodAndCentre_LeavesNoHiddenCellToWorkOut_AndHidesTotalsOnlyWhereInnerCellsCannotProtect()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        using var _ = ReportLanguage.Use("en");
        int[]?[] scopes = [null, [TestApp.Moscow], [TestApp.Kazan], [TestApp.Chelyabinsk], [TestApp.Kazan, TestApp.Chelyabinsk]];
        var periods = ReportPeriod.Recent(App.Today).Select(p => (p.From, p.To)).Append((From, To)).Append((new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31)));

        var tables = 0;
        var hiddenTotals = 0;
        foreach (var (from, to) in periods)
        {
            foreach (var centres in scopes)
            {
                var statistics = await App.SendAsync(new GetStatistics(from, to, Centre: centres));
                foreach (var table in DonorTables.Of(statistics, TestApp.CentreNamesInEnglish).All)
                {
                    var scope = $"{from}–{to}, centres {string.Join(",", centres ?? [])}: {table.Title}";
                    Assert.True(DisclosureSolver.Disclosed(table).Count == 0, $"{scope}: a hidden cell can be worked out");
                    Assert.False(table.All().Any(p => !p.Cell.IsHidden && !table.Source.IsMoney(p.Column) && SmallCellSuppression.IsSmall(p.Cell.Value)), $"{scope}: a count from 1 to 4 is shown");
                    if (table.All().Any(p => SuppressionLoss.IsHiddenTotal(table, p.Row, p.Column)))
                    {
                        Assert.False(InnerCellsCanProtect(table), $"{scope}: a total of 5 or more is hidden where inner cells would do");
                        hiddenTotals++;
                    }

                    tables++;
                }
            }
        }

        Assert.Equal(9 * 10 * 5, tables);
        Assert.True(hiddenTotals < tables / 10, $"{hiddenTotals} tables hide a total of 5 or more");
    }

    [Fact]
    public async Task TheHeadlineFigures_ShowTheShareResolvedInFavour_FromTheTrueFigures()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        using var _ = ReportLanguage.Use("en");
        var statistics = await App.SendAsync(new GetStatistics(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)));
        var tables = DonorTables.Of(statistics, TestApp.CentreNamesInEnglish);
        var document = DonorReportContent.Compose(Request("en"), statistics, tables, "MOW, KZN, CHE", TimeZoneInfo.Utc, App.Clock.GetUtcNow());

        var headline = document.Blocks.OfType<Table>().First();
        var share = headline.Rows.Single(r => r[0] == "Share resolved in the client's favour");
        Assert.Equal(statistics.Current.ResolvedInFavourShare!.Value.ToString("P0", CultureInfo.CurrentCulture), share[1]);
        Assert.Contains(document.Blocks.OfType<CoverPage>().Single().Lines, l => l.StartsWith("Shares and changes are computed from the true figures", StringComparison.Ordinal));

        // Under each table that merged rows or columns, a note names them.
        var merged = tables.Breakdowns.Where(t => t.Merged.Count > 0).ToList();
        Assert.NotEmpty(merged);
        Assert.All(merged, table =>
        {
            var heading = document.Blocks.ToList().FindIndex(b => b is Heading h && h.Text == table.Title);
            var note = Assert.IsType<Table>(document.Blocks[heading + 1]).Note;
            Assert.All(table.Merged.SelectMany(m => m.Members.Prepend(m.Label)), name => Assert.Contains(name, note, StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task AChelyabinskQuarter_MarksEveryHiddenValueInItsCharts_AndNamesWhatItMerged_InTheModelAndInThePdf()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var request = Request("en") with { From = new DateOnly(2025, 10, 1), To = new DateOnly(2025, 12, 31), Centre = [TestApp.Chelyabinsk] };
        List<ChartModel> hiding;
        List<MergedGroup> merged;
        using (ReportLanguage.Use("en"))
        {
            var statistics = await App.SendAsync(new GetStatistics(request.From, request.To, Centre: request.Centre));
            var tables = DonorTables.Of(statistics, TestApp.CentreNamesInEnglish);
            var document = DonorReportContent.Compose(request, statistics, tables, "CHE", TimeZoneInfo.Utc, App.Clock.GetUtcNow());
            hiding = document.Blocks.OfType<Chart>().Select(c => c.Model).Where(c => c.HidesValues).ToList();
            merged = tables.Breakdowns.SelectMany(t => t.Merged).ToList();
        }

        Assert.NotEmpty(hiding);
        Assert.All(hiding, chart =>
        {
            var marks = chart.Series.SelectMany(s => s.HiddenMarks ?? []).OfType<string>().ToList();
            var drawing = ChartLayout.For(chart);
            Assert.Equal(marks.Count + 1, drawing.Shapes.OfType<ChartPlaceholder>().Count());
            Assert.Equal(chart.Series.Sum(s => s.Values.Count) - marks.Count + chart.Series.Count, drawing.Shapes.OfType<ChartRect>().Count());
            Assert.All(marks.Distinct(), mark => Assert.Contains(drawing.Shapes.OfType<ChartText>(), t => t.Text == mark));
            Assert.All(chart.Series.SelectMany(s => s.Values.Where((_, i) => s.HiddenMark(i) is not null)), value => Assert.Equal(0, value));
        });

        // In the PDF, every hidden value is a dashed box, and so is the legend's sample of one in each chart that hides any.
        var pdf = (await App.SendAsync(new GetDonorReportFile(await App.SendAsync(request)))).Content;
        Assert.Equal(hiding.Sum(c => c.Series.Sum(s => s.HiddenMarks?.Count(m => m is not null) ?? 0) + 1), PdfDrawing.DashedRectangles(pdf).Sum());
        var text = PdfText.Flatten(await PdfText.PagesAsync(pdf));
        Assert.Contains("hidden (<5 or x)", text);

        // Under each table that merged rows or columns, the PDF says what its "Other …" line holds.
        Assert.NotEmpty(merged);
        Assert.All(merged, group => Assert.Contains($"“{group.Label}” brings together: {string.Join(", ", group.Members)}.", text));
    }

    [Fact]
    public async Task ANarrativeNamingAClient_IsRefusedQuotingTheName_AndNothingIsArchived()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var request = Request("en") with { Challenges = "Client Абдуллаев Фаррух Азизович, phone +7 943 679-40-22, case MOW-2026-00171." };
        var archived = await App.InDatabaseAsync(db => db.DonorReports.CountAsync());

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(request));

        Assert.Equal(nameof(GenerateDonorReport.Challenges), Assert.Single(refused.Errors.Keys));
        Assert.Contains("«Client Абдуллаев Фаррух Азизович»", Assert.Single(refused.Errors[nameof(GenerateDonorReport.Challenges)]), StringComparison.Ordinal);
        Assert.Equal(archived, await App.InDatabaseAsync(db => db.DonorReports.CountAsync()));
    }

    [Fact]
    public async Task AFullNameWithAPatronymic_IsRefusedThoughTheWriterConfirms_AndTheMessageSaysToRemoveIt()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var request = Request("ru") with { Introduction = "Заявка в Фонд Потанина. Клиент Абдуллаев Фаррух Азизович вернул паспорт.", ConfirmIdentifiesNoOne = true };

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(request));

        Assert.Equal(
            "Это персональные данные: «Клиент Абдуллаев Фаррух Азизович». Уберите их: в отчёте для доноров не должно быть имён, телефонов, адресов почты и номеров дел. Проверьте также: «Фонд Потанина».",
            Assert.Single(refused.Errors[nameof(GenerateDonorReport.Introduction)]));
    }

    [Fact]
    public async Task ANameThatIsNoPersons_PassesOnceTheWriterConfirmsIt()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var request = Request("ru") with { NextSteps = "Заявка в Фонд Потанина на выездные консультации." };

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(request));
        var id = await App.SendAsync(request with { ConfirmIdentifiesNoOne = true });

        Assert.Contains("«Фонд Потанина»", Assert.Single(refused.Errors[nameof(GenerateDonorReport.NextSteps)]), StringComparison.Ordinal);
        Assert.Contains("Фонд Потанина", PdfText.Flatten(await PdfText.PagesAsync((await App.SendAsync(new GetDonorReportFile(id))).Content)), StringComparison.Ordinal);
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
        await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Request("uz")));
    }

    [Fact]
    public async Task AReportOfTooFewClients_IsRefused_SayingHowManyItWouldCount_AndNothingIsArchived()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var week = Request("en") with { From = new DateOnly(2026, 2, 2), To = new DateOnly(2026, 2, 8), Centre = [TestApp.Chelyabinsk] };
        var advised = (await App.SendAsync(new GetStatistics(week.From, week.To, [TestApp.Chelyabinsk]))).Current.UniqueClients;
        var archived = await App.InDatabaseAsync(db => db.DonorReports.CountAsync());

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(week));

        Assert.InRange(advised, 1, ReportPopulation.MinimumClients - 1);
        var message = Assert.Single(refused.Errors["To"]);
        Assert.Contains($": {advised}.", message, StringComparison.Ordinal);
        Assert.Contains($" {ReportPopulation.MinimumClients}", message, StringComparison.Ordinal);
        Assert.Equal(archived, await App.InDatabaseAsync(db => db.DonorReports.CountAsync()));
    }

    [Fact]
    public async Task AReportOfAPeriodThatHasNotEnded_IsRefused_SayingOnlySo_HoweverFarAheadItEnds()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Request("en") with { From = today.AddDays(-90), To = today }));
        var farAhead = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Request("en") with { From = today.AddDays(-90), To = today.AddYears(3) }));

        Assert.Equal([Messages.DonorReportPeriodNotEnded], refused.Errors["To"]);
        Assert.Equal([Messages.DonorReportPeriodNotEnded], farAhead.Errors["To"]);
        Assert.True(await App.SendAsync(Request("en") with { From = today.AddDays(-90), To = today.AddDays(-1) }) > 0);
    }

    /// <summary>The report's content for the whole period and every centre, in the current language, as programme staff compose it.</summary>
    private async Task<ReportDocument> ComposeAsync(string language)
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var statistics = await App.SendAsync(new GetStatistics(From, To));
        return DonorReportContent.Compose(Request(language), statistics, DonorTables.Of(statistics, TestApp.CentreNamesInEnglish), "MOW, KZN, CHE", TimeZoneInfo.Utc, App.Clock.GetUtcNow());
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

    /// <summary>
    /// Whether hiding inner cells alone could protect the table: hiding all of them (every total of 5 or more shown)
    /// leaves nothing to work out. Hiding more never lets a reader work out more, so if this fails, every set of inner cells does.
    /// </summary>
    private static bool InnerCellsCanProtect(SuppressedTable table)
    {
        var source = table.Source;
        var cells = (SuppressedCell[,])table.Cells.Clone();
        foreach (var (row, column, cell) in table.All())
        {
            var shownTotal = source.IsTotal(row, column) && !source.IsMoney(column);
            cells[row, column] = cell.Suppression == Suppression.SmallCount ? cell
                : new SuppressedCell(cell.Value, shownTotal || cell.Value == 0 ? Suppression.None : Suppression.Complementary);
        }

        return DisclosureSolver.Disclosed(cells, TableEquations.Of(source), source.IsMoney).Count == 0;
    }

    private static Regex Word(string text) => new($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(text)}(?![\p{{L}}\p{{N}}])");

    private static bool IsSmallCount(string cell) =>
        int.TryParse(cell.Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal),
            NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is > 0 and < 5;
}
