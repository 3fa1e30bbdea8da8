using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;

namespace LegalAid.Web.Tests.Api;

public sealed class ReportsApiTests : WebTest
{
    [Fact]
    public async Task TheCaseReport_IsAPdfForItsCentreOnly()
    {
        var clientId = await Client.RegisterClientAsync();
        var caseId = await Client.OpenCaseAsync(clientId);

        using var report = await Client.GetAsync($"/api/v1/cases/{caseId}/report.pdf?language=ky");
        using var unknownLanguage = await Client.GetAsync($"/api/v1/cases/{caseId}/report.pdf?language=de");
        using var kazan = await Factory.SignInAsync(LegalAidFactory.LawyerKzn);
        using var otherCentre = await kazan.GetAsync($"/api/v1/cases/{caseId}/report.pdf");

        Assert.Equal("application/pdf", report.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await report.Content.ReadAsByteArrayAsync())[..5], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknownLanguage.StatusCode);
        Assert.NotNull((await unknownLanguage.ReadAsync())["errors"]!["language"]);
        Assert.Equal(HttpStatusCode.NotFound, otherCentre.StatusCode);
    }

    [Fact]
    public async Task ADonorReport_IsGeneratedArchivedPublishedAndDownloadedByDonors()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        using var donor = await Factory.SignInAsync(LegalAidFactory.Donor);

        var id = await (await programme.PostAsJsonAsync("/api/v1/reports/donor", new
        {
            from = "2026-01-01", to = "2026-06-30", centre = new[] { 1, 2 }, language = "ru", title = "Первое полугодие 2026", highlights = "Кыргызстан: ң ө ү",
        })).CreatedIdAsync();
        var archived = (await (await programme.GetAsync("/api/v1/reports")).ReadAsync()).AsArray().Single(r => (int)r!["id"]! == id)!;
        var hiddenFromDonor = (await (await donor.GetAsync("/api/v1/reports")).ReadAsync()).AsArray();
        using var unpublishedDownload = await donor.GetAsync($"/api/v1/reports/{id}.pdf");
        using var withoutVersion = await programme.PostAsJsonAsync($"/api/v1/reports/{id}/publish", new { });

        var published = await (await programme.PostAsJsonAsync($"/api/v1/reports/{id}/publish", new { version = (int)archived["version"]! })).ReadAsync();
        var pdf = await donor.GetByteArrayAsync($"/api/v1/reports/{id}.pdf");
        var seenByDonor = (await (await donor.GetAsync("/api/v1/reports")).ReadAsync()).AsArray().Single(r => (int)r!["id"]! == id)!;
        using var publishedTwice = await programme.PostAsJsonAsync($"/api/v1/reports/{id}/publish", new { version = (int)archived["version"]! });

        Assert.Equal(("MOW, KZN", "2026-01-01", "programme@test.legalaid"), ((string)archived["centres"]!, (string)archived["periodFrom"]!, (string)archived["createdBy"]!));
        Assert.DoesNotContain(hiddenFromDonor, r => (int)r!["id"]! == id);
        Assert.True((int)archived["tableCells"]! > 0 && (int)archived["hiddenCells"]! <= (int)archived["tableCells"]! && (decimal)archived["hiddenShare"]! is >= 0 and <= 1);
        Assert.Equal((null, null), (seenByDonor["hiddenCells"], seenByDonor["hiddenShare"]));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.BadRequest), (unpublishedDownload.StatusCode, withoutVersion.StatusCode));
        Assert.Null(published["notified"]);
        Assert.Equal((string)archived["sha256"]!, Convert.ToHexStringLower(SHA256.HashData(pdf)));
        Assert.Equal(HttpStatusCode.Conflict, publishedTwice.StatusCode);
        using var withdrawn = await programme.PostAsJsonAsync($"/api/v1/reports/{id}/withdraw", new { version = (int)published["version"]!, reason = "Ошибка в данных" });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.True((int)(await withdrawn.ReadAsync())["version"]! > (int)published["version"]!);
    }

    [Fact]
    public async Task ADonorReport_HasAKyrgyzEdition()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);

        var id = await (await programme.PostAsJsonAsync("/api/v1/reports/donor", new { from = "2026-01-01", to = "2026-06-30", language = "ky", title = "2026-жылдын биринчи жарымы" })).CreatedIdAsync();

        var archived = (await (await programme.GetAsync("/api/v1/reports")).ReadAsync()).AsArray().Single(r => (int)r!["id"]! == id)!;
        using var file = await programme.GetAsync($"/api/v1/reports/{id}.pdf");
        Assert.Equal(("ky", "2026-жылдын биринчи жарымы"), ((string)archived["language"]!, (string)archived["title"]!));
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnInvalidDonorReport_IsRefusedWithEveryProblemAndNothingArchived()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);

        using var response = await programme.PostAsJsonAsync("/api/v1/reports/donor", new { from = "2026-06-30", to = "2026-01-01", language = "de", title = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadAsync())["errors"]!.AsObject();
        Assert.Equal(["language", "title", "to"], errors.Select(e => e.Key).Order());
        Assert.Empty((await (await programme.GetAsync("/api/v1/reports")).ReadAsync()).AsArray());
    }

    [Fact]
    public async Task ADonorReportThatWouldCountAFewClients_IsRefused_AndNothingArchived()
    {
        using (var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow))
        {
            var importId = await (await coordinator.PostAsync("/api/v1/imports", ApiJson.CsvUpload(ApiJson.ImportSheet.Replace(";звонок;", ";Телефон;", StringComparison.Ordinal)))).CreatedIdAsync();
            await coordinator.PostAsync($"/api/v1/imports/{importId}/check", null);
            Assert.True((bool)(await (await coordinator.PostAsJsonAsync($"/api/v1/imports/{importId}/run", new { skipRejected = false })).ReadAsync())["imported"]!);
        }

        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reports/donor") { Content = JsonContent.Create(new { from = "2026-03-10", to = "2026-03-10", centre = new[] { LegalAidFactory.Moscow }, title = "Один день" }) };
        request.Headers.AcceptLanguage.ParseAdd("en");

        using var response = await programme.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Clients advised in this period at the chosen centres: 1. A donor report must count at least 20,", (string?)(await response.ReadAsync())["errors"]!["to"]![0]);
        Assert.Empty((await (await programme.GetAsync("/api/v1/reports")).ReadAsync()).AsArray());
    }

    [Fact]
    public async Task TheCentreMonthlyReport_IsACoordinatorsPdf()
    {
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);

        using var report = await coordinator.GetAsync("/api/v1/reports/centre-monthly.pdf?year=2026&month=1&language=en");
        using var badMonth = await coordinator.GetAsync("/api/v1/reports/centre-monthly.pdf?year=2026&month=13");

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("application/pdf", report.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, badMonth.StatusCode);
        Assert.NotNull((await badMonth.ReadAsync())["errors"]!["month"]);
    }

    [Fact]
    public async Task ThePeriodPresets_AreTheQuartersHalvesAndYearsEndedByToday()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);

        var periods = (await (await programme.GetAsync("/api/v1/reports/periods")).ReadAsync()).AsArray();
        using var donor = await Factory.SignInAsync(LegalAidFactory.Donor);
        using var refused = await donor.GetAsync("/api/v1/reports/periods");

        Assert.Equal(["Quarter", "Quarter", "Quarter", "Quarter", "Half", "Half", "Year", "Year"], periods.Select(p => (string)p!["kind"]!));
        var latest = DateOnly.Parse((string)periods[0]!["to"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(DateOnly.FromDateTime(DateTime.UtcNow).DayNumber - latest.DayNumber, 0, 93);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
