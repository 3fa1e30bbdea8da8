using System.Net.Http.Json;
using LegalAid.Web.Tests.Api;

namespace LegalAid.Web.Tests.Pages;

/// <summary>A client's page at the centre a transfer left behind: the cases kept are read, the client is edited only where they are held.</summary>
public sealed class TransferredClientPageTests : WebTest
{
    [Fact]
    public async Task TheClientPageOfTheCentreLeftBehind_SaysWhereTheClientIs_AndOffersNoEdits()
    {
        var clientId = await Client.RegisterClientAsync();
        var moving = await Client.OpenCaseAsync(clientId);
        await Client.PostAsJsonAsync("/api/v1/cases", new { clientId, primaryCategoryId = 6 });
        using var moscow = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        using var kazan = await Factory.SignInAsync(LegalAidFactory.CoordinatorKzn);
        var transferId = await moscow.ProposeToKazanAsync(clientId, moving);
        var before = await HtmlPage.GetAsync(Client, $"/Clients/{clientId}");

        (await Factory.AcceptInKazanAsync(kazan, transferId, version: 0)).EnsureSuccessStatusCode();

        var after = await HtmlPage.GetAsync(Client, $"/Clients/{clientId}");
        Assert.NotNull(before.QuerySelector($"a[href='/Clients/{clientId}/edit']"));
        Assert.NotNull(before.QuerySelector($"a[href^='/Cases/Open']"));
        Assert.Null(before.QuerySelector("#held-elsewhere"));
        Assert.Null(after.QuerySelector($"a[href='/Clients/{clientId}/edit']"));
        Assert.Null(after.QuerySelector($"a[href^='/Cases/Open']"));
        Assert.StartsWith("Клиент переведён в указанный центр", after.QuerySelector("#held-elsewhere")!.TextContent, StringComparison.Ordinal);

        var openInKazan = await HtmlPage.GetAsync(kazan, $"/Cases/Open?clientId={clientId}");
        Assert.Contains("Казань", openInKazan.QuerySelector("main form")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Factory.LawyerOf[LegalAidFactory.Kazan].ToString(System.Globalization.CultureInfo.InvariantCulture),
            openInKazan.QuerySelectorAll("#Input_AssignedLawyerId option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task ATransfersMoments_AreShownInTheReadersCentresTime()
    {
        var clientId = await Client.RegisterClientAsync();
        var moving = await Client.OpenCaseAsync(clientId);
        using var moscow = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        var transferId = await moscow.ProposeToKazanAsync(clientId, moving);
        var proposedAtUtc = (DateTime)(await (await moscow.GetAsync($"/api/v1/transfers/{transferId}")).ReadAsync())["proposedAtUtc"]!;
        var inMoscow = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(proposedAtUtc, "Europe/Moscow").ToString("g", System.Globalization.CultureInfo.GetCultureInfo("ru"));

        var details = await HtmlPage.GetAsync(moscow, $"/Transfers/{transferId}");
        var list = await HtmlPage.GetAsync(moscow, "/Transfers");

        var inUtc = proposedAtUtc.ToString("g", System.Globalization.CultureInfo.GetCultureInfo("ru"));
        Assert.Contains(inMoscow, details.QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(inUtc, details.QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(inMoscow, list.QuerySelector("main table tbody tr")!.TextContent, StringComparison.Ordinal);
    }
}
