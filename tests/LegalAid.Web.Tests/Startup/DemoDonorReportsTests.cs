using LegalAid.Infrastructure.DemoData;
using LegalAid.Web.Startup;
using LegalAid.Web.Tests.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Web.Tests.Startup;

public sealed class DemoDonorReportsTests : WebTest
{
    [Fact]
    public async Task ANewDemo_GivesTheDonorTheLastQuartersReportsToRead_AndProgrammeStaffADraftToPublish()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataGenerator>()
                .GenerateAsync(new DemoDataOptions { Clients = 200, Consultations = 1000, Seed = 5 }, CancellationToken.None);
        }

        await DemoDonorReports.AddAsync(Factory.Services, LegalAidFactory.Programme, CancellationToken.None);

        using var donor = await Factory.SignInAsync(LegalAidFactory.Donor);
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

        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);
        var draft = Assert.Single((await HtmlPage.GetAsync(programme, "/Reports")).QuerySelectorAll("#archive tbody tr"),
            r => r.TextContent.Contains("Не опубликован", StringComparison.Ordinal));
        Assert.Matches(@"Legal aid to labour migrants: Year \d{4}", draft.TextContent);
        Assert.NotNull(draft.QuerySelector("a[href*=confirmPublish]"));
    }
}
