using System.Globalization;
using System.Net;
using LegalAid.Infrastructure.DemoData;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace LegalAid.Web.Tests.Api;

public sealed class StatisticsApiTests : WebTest
{
    private const string Year = "from=2026-01-01&to=2026-12-31";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataGenerator>()
            .GenerateAsync(new DemoDataOptions { Clients = 120, Consultations = 500, Years = 1, Seed = 11 }, CancellationToken.None);
    }

    [Fact]
    public async Task TheApi_GivesTheSameFiguresAsTheExports()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);

        var report = await (await programme.GetAsync($"/api/v1/statistics?{Year}&centre=1&centre=2")).ReadAsync();
        var csv = System.Text.Encoding.UTF8.GetString(await programme.GetByteArrayAsync($"/api/v1/statistics/export?{Year}&centre=1&centre=2&table=ClientsByCitizenshipAndSex&format=Csv"));

        var totalClients = (int)report["current"]!["uniqueClients"]!;
        Assert.True(totalClients > 0);
        Assert.EndsWith($",{totalClients}", csv.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd('\r'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvExports_OpenInExcelWithCyrillicIntact()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);

        var bytes = await programme.GetByteArrayAsync($"/api/v1/statistics/export?{Year}&table=ConsultationsByCentreAndCategory&format=Csv");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Contains("Невыплата зарплаты, трудовой спор", text, StringComparison.Ordinal);
        Assert.Contains("\"Невыплата зарплаты, трудовой спор\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task XlsxExports_RoundTripKyrgyzLabels()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);

        var bytes = await programme.GetByteArrayAsync($"/api/v1/statistics/export?{Year}&format=Xlsx&ui-culture=ky&culture=ky");

        using var workbook = new MemoryStream(bytes);
        var sheets = workbook.GetSheetNames();
        Assert.Equal(11, sheets.Count);
        Assert.Equal("Жүктөө тууралуу", sheets[0]);
        var sheet = Assert.Single(sheets, s => s == "Кардарлар (жарандыгы, жынысы)");
        var rows = workbook.Query(useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(("Жарандыгы", "Эркек"), (rows[0]["A"], rows[0]["C"]));
        Assert.Contains(rows, r => (string)r["A"] == "Кыргызстан");
    }

    [Fact]
    public async Task TheXlsxWorkbook_HoldsEverythingThePageShows_AndSaysWhatItCovers()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        var filter = $"{Year}&centre=2&sex=Female&channel=Phone";
        var report = await (await programme.GetAsync($"/api/v1/statistics?{filter}")).ReadAsync();

        var bytes = await programme.GetByteArrayAsync($"/api/v1/statistics/export?{filter}&format=Xlsx");

        var xlsx = new XlsxFile(bytes);
        var sheets = xlsx.SheetNames;
        Assert.Equal(["О выгрузке", "Основные показатели", "По месяцам"], sheets.Take(3));
        Assert.Equal(11, sheets.Count);
        Assert.All(sheets, name => Assert.InRange(name.Length, 1, 31));
        Assert.Equal(sheets.Count, sheets.Distinct(StringComparer.OrdinalIgnoreCase).Count());

        var about = xlsx.Rows("О выгрузке");
        Assert.Equal("LegalAid: статистика программы правовой помощи", about[0][0]);
        var facts = about.Skip(1).TakeWhile(r => r.Count > 0).ToDictionary(r => r[0], r => r[1]);
        Assert.Equal("01.01.2026 – 31.12.2026", facts["Период"]);
        Assert.Equal("01.01.2025 – 31.12.2025", facts["Предыдущий период"]);
        Assert.Equal("Центр поддержки мигрантов — Казань", facts["Центр"]);
        Assert.Equal("Женский", facts["Пол"]);
        Assert.Equal("Телефон", facts["Канал обращения"]);
        Assert.Equal(LegalAidFactory.Programme, facts["Кто выгрузил"]);
        Assert.EndsWith("(UTC+03:00)", facts["Данные прочитаны"], StringComparison.Ordinal);
        Assert.EndsWith("(UTC+03:00)", facts["Выгружено"], StringComparison.Ordinal);

        var links = xlsx.Formulas("О выгрузке");
        Assert.Equal(10, links.Count);
        foreach (var (sheet, link) in sheets.Skip(1).Zip(links))
        {
            Assert.StartsWith($"HYPERLINK(\"#'{sheet}'!A1\"", link, StringComparison.Ordinal);
        }

        Assert.Contains("HYPERLINK(\"#'Результаты в суде'!A1\",\"Результаты дел с представительством в суде\")", links);
        Assert.Equal(
            ["Дела по центрам", "Закрытые (результат, проблема)", "Клиенты по возрасту", "Клиенты по гражданству и полу", "Консультации (центр, проблема)",
             "Консультации по каналам", "Направления по организациям", "Результаты в суде"],
            sheets.Skip(3).Order(StringComparer.Ordinal));

        var headline = xlsx.Rows("Основные показатели");
        Assert.Equal(["Показатель", "Период", "Предыдущий период", "Изменение к предыдущему периоду", "Год назад", "Изменение к году назад"], headline[0]);
        Assert.Equal(((int)report["current"]!["consultations"]!).ToString(CultureInfo.InvariantCulture), headline[1][1]);
        Assert.Equal(14, headline.Count);
        var months = xlsx.Rows("По месяцам");
        Assert.Equal(13, months.Count);
        Assert.Equal(new DateTime(2026, 1, 1), DateTime.FromOADate(double.Parse(months[1][0], CultureInfo.InvariantCulture)));
        Assert.Equal(new DateTime(2026, 12, 1), DateTime.FromOADate(double.Parse(months[12][0], CultureInfo.InvariantCulture)));
        var byCentre = xlsx.Rows(sheets.Single(s => s.StartsWith("Дела по центрам", StringComparison.Ordinal)));
        Assert.Equal("Центр", byCentre[0][0]);

        var sheetXml = xlsx.SheetXml("Основные показатели");
        Assert.Contains("ySplit=\"1\"", sheetXml, StringComparison.Ordinal);
        Assert.Contains("<cols>", sheetXml, StringComparison.Ordinal);
        Assert.DoesNotContain("t=\"inlineStr\"><is><t>" + headline[1][1], sheetXml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvExports_ComeCommaSeparatedOrSemicolonSeparatedWithDecimalCommas()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);

        var comma = Lines(await programme.GetByteArrayAsync($"/api/v1/statistics/export?{Year}&table=CasesByCentre&format=Csv"));
        var semicolon = Lines(await programme.GetByteArrayAsync($"/api/v1/statistics/export?{Year}&table=CasesByCentre&format=Csv&separator=Semicolon"));
        var months = Lines(await programme.GetByteArrayAsync($"/api/v1/statistics/export?{Year}&table=Months&format=Csv&separator=Semicolon"));
        using var unknown = await programme.GetAsync($"/api/v1/statistics/export?{Year}&table=Months&format=Csv&separator=Tab");

        Assert.Equal("Центр,Открыто,Закрыто,Открыто на конец периода,Дел со взысканием,\"Взыскано, ₽\"", comma[0]);
        Assert.Equal("Центр;Открыто;Закрыто;Открыто на конец периода;Дел со взысканием;Взыскано, ₽", semicolon[0]);
        var total = semicolon[^1].Split(';');
        Assert.Equal(comma[^1].Split(',')[..5], total[..5]);
        Assert.Matches(@"^\d+(,\d+)?$", total[5]);
        Assert.Equal(13, months.Count);
        Assert.StartsWith("2026-01;", months[1], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        static List<string> Lines(byte[] csv) =>
            System.Text.Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
    }

    [Fact]
    public async Task BadFilters_AreRefusedClearly()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);

        var backwards = await programme.GetAsync("/api/v1/statistics?from=2026-05-01&to=2026-01-01");
        var unknown = await programme.GetAsync($"/api/v1/statistics?{Year}&citizenship=RU");
        var exportBackwards = await programme.GetAsync("/api/v1/statistics/export?from=2026-05-01&to=2026-01-01&citizenship=RU&format=Xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.NotNull((await backwards.ReadAsync())["errors"]!["to"]);
        Assert.NotNull((await unknown.ReadAsync())["errors"]!["citizenship"]);
        Assert.Equal(HttpStatusCode.BadRequest, exportBackwards.StatusCode);
        Assert.Equal(["citizenship", "to"], (await exportBackwards.ReadAsync())["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [Fact]
    public async Task ACoordinatorsFigures_StayInTheirCentre()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorKzn);

        var kazanByAdmin = await (await admin.GetAsync($"/api/v1/statistics?{Year}&centre=2")).ReadAsync();
        var byCoordinator = await (await coordinator.GetAsync($"/api/v1/statistics?{Year}")).ReadAsync();
        var moscowByCoordinator = await coordinator.GetAsync($"/api/v1/statistics?{Year}&centre=1");

        Assert.Equal((int)kazanByAdmin["current"]!["consultations"]!, (int)byCoordinator["current"]!["consultations"]!);
        Assert.Equal(HttpStatusCode.BadRequest, moscowByCoordinator.StatusCode);
        Assert.NotNull((await moscowByCoordinator.ReadAsync())["errors"]!["centre"]);
    }
}
