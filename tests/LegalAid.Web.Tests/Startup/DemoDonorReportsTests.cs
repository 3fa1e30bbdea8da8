using System.Globalization;
using LegalAid.Infrastructure.DemoData;
using LegalAid.Web.Startup;
using LegalAid.Web.Tests.Pages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LegalAid.Web.Tests.Startup;

public sealed class DemoDonorReportsTests : WebTest
{
    [Theory]
    [InlineData("2026-12-07")]
    [InlineData("2027-02-10")]
    [InlineData("2027-05-10")]
    public async Task ANewDemo_GivesTheDonorTheLastQuartersReportsToRead_AndProgrammeStaffADraftToPublish_InAnyMonth(string today)
    {
        await using var factory = new LegalAidFactory { Clock = new FakeTimeProvider(DateTimeOffset.Parse($"{today}T09:00:00Z", CultureInfo.InvariantCulture)) };
        await factory.SeedAccountsAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataGenerator>()
                .GenerateAsync(new DemoDataOptions { Clients = 200, Consultations = 1000, Seed = 5 }, CancellationToken.None);
        }

        await DemoDonorReports.AddAsync(factory.Services, LegalAidFactory.Programme, CancellationToken.None);

        using var donor = await factory.SignInAsync(LegalAidFactory.Donor);
        var donorRows = (await HtmlPage.GetAsync(donor, "/Reports")).QuerySelectorAll("#archive tbody tr");
        Assert.Equal(3, donorRows.Length);
        Assert.Contains(donorRows, r => r.TextContent.Contains("Legal aid to labour migrants: Q", StringComparison.Ordinal));
        Assert.Contains(donorRows, r => r.TextContent.Contains("Правовая помощь трудовым мигрантам: ", StringComparison.Ordinal)
            && r.TextContent.Contains("-й квартал", StringComparison.Ordinal));
        var kyrgyz = Assert.Single(donorRows, r => r.TextContent.Contains("Эмгек мигранттарына юридикалык жардам: ", StringComparison.Ordinal)
            && r.TextContent.Contains("-чейреги", StringComparison.Ordinal));
        Assert.StartsWith("Эмгек мигранттарына", kyrgyz.QuerySelector("td > [lang=ky]")?.TextContent, StringComparison.Ordinal);
        foreach (var row in donorRows)
        {
            var pdf = await donor.GetAsync(row.QuerySelector("a")!.GetAttribute("href"));
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        }

        using var programme = await factory.SignInAsync(LegalAidFactory.Programme);
        var draft = Assert.Single((await HtmlPage.GetAsync(programme, "/Reports")).QuerySelectorAll("#archive tbody tr"),
            r => r.TextContent.Contains("Не опубликован", StringComparison.Ordinal));
        Assert.Matches(@"Legal aid to labour migrants: Year \d{4}", draft.TextContent);
        var confirm = await HtmlPage.GetAsync(programme, draft.QuerySelector("a[href*=confirmPublish]")!.GetAttribute("href")!);
        var published = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(programme, confirm, new Dictionary<string, string>(), "#confirm-publish form"));
        Assert.NotNull(published.QuerySelector("#published"));
    }
}
