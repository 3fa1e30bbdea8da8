using LegalAid.Application.Administration.SavePartner;
using LegalAid.Application.Cases.ReferClient;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Statistics.GetStatistics;

namespace LegalAid.Application.Tests.Statistics;

/// <summary>
/// The Kyrgyz and Russian editions of one donor report merged different partners into "Other partners", because
/// partners with as many referrals were ranked by their name in each language.
/// </summary>
public sealed class ReferralRankingTests : ApplicationTest
{
    [Fact]
    public async Task PartnersWithAsManyReferrals_RankAlikeInEveryLanguage()
    {
        var caseId = await OpenCaseAsync();
        App.ActAs(Roles.Administrator, null);
        var first = await App.SendAsync(new SavePartner { Name = "Яблоко", NameKy = "Яблоко", NameEn = "Apple" });
        var second = await App.SendAsync(new SavePartner { Name = "Арбуз", NameKy = "Арбуз", NameEn = "Zebra" });
        App.ActAsLawyerOf(TestApp.Moscow);
        foreach (var partner in new[] { second, first })
        {
            await App.SendAsync(new ReferClient { CaseId = caseId, PartnerId = partner, ReferredOn = new DateOnly(2026, 3, 10) });
        }

        App.ActAs(Roles.ProgrammeStaff, null);
        var ranked = new List<string>();
        foreach (var language in new[] { "ru", "en" })
        {
            using var _ = ReportLanguage.Use(language);
            var figures = (await App.SendAsync(new GetStatistics(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)))).Current;
            ranked.Add(string.Join(", ", figures.ReferralsByPartner.Select(p => p.Partner)));
        }

        Assert.Equal(["Яблоко, Арбуз", "Apple, Zebra"], ranked);
    }
}
