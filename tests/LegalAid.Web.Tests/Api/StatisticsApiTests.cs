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
        Assert.Equal(8, sheets.Count);
        Assert.Contains("Жарандыгы жана жынысы боюнча ка", sheets);
        var rows = workbook.Query(useHeaderRow: false, sheetName: "Жарандыгы жана жынысы боюнча ка").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("Эркек", rows[0]["C"]);
        Assert.Contains(rows, r => (string)r["A"] == "Кыргызстан");
    }

    [Fact]
    public async Task BadFilters_AreRefusedClearly()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);

        var backwards = await programme.GetAsync("/api/v1/statistics?from=2026-05-01&to=2026-01-01");
        var unknown = await programme.GetAsync($"/api/v1/statistics?{Year}&citizenship=RU");

        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.NotNull((await backwards.ReadAsync())["errors"]!["to"]);
        Assert.NotNull((await unknown.ReadAsync())["errors"]!["citizenship"]);
    }

    [Fact]
    public async Task ACoordinatorsFigures_StayInTheirCentre()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorKzn);

        var kazanByAdmin = await (await admin.GetAsync($"/api/v1/statistics?{Year}&centre=2")).ReadAsync();
        var byCoordinator = await (await coordinator.GetAsync($"/api/v1/statistics?{Year}")).ReadAsync();
        var moscowByCoordinator = await (await coordinator.GetAsync($"/api/v1/statistics?{Year}&centre=1")).ReadAsync();

        Assert.Equal((int)kazanByAdmin["current"]!["consultations"]!, (int)byCoordinator["current"]!["consultations"]!);
        Assert.Equal(0, (int)moscowByCoordinator["current"]!["consultations"]!);
    }
}
