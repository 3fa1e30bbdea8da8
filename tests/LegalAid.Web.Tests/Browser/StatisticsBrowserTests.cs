using LegalAid.Infrastructure.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Web.Tests.Browser;

public sealed class StatisticsBrowserTests : BrowserTest
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataGenerator>()
            .GenerateAsync(new DemoDataOptions { Clients = 150, Consultations = 700, Years = 2, Seed = 7 }, CancellationToken.None);
    }

    [Fact]
    public async Task ProgrammeStaff_SeeFiguresAndChartsWithoutAnyName()
    {
        var clients = await Factory.InDatabaseAsync(db => db.Clients.IgnoreQueryFilters().Select(c => new { c.Name.FamilyName, c.Phone }).ToListAsync());

        Step("sign in", () => Browser.SignIn(LegalAidFactory.Programme));

        Step("open the dashboard", () =>
        {
            Browser.GoTo("/Statistics");
            Browser.WaitFor("#headline");
        });

        Assert.Equal(5, Browser.Evaluate<long>("document.querySelectorAll('svg.chart[role=img] title').length"));
        Assert.Equal(8, Browser.Evaluate<long>("document.querySelectorAll('section[id^=table-]').length"));
        var consultations = Browser.Evaluate<string>("document.querySelector('#headline tbody tr td').textContent").Trim();
        Assert.NotEqual("0", consultations);
        var figures = Browser.Evaluate<string>("Array.from(document.querySelectorAll('#headline, svg.chart, section[id^=table-]')).map(e => e.textContent).join(' ')");
        Assert.DoesNotContain(clients, c => figures.Contains(c.FamilyName, StringComparison.Ordinal) || (c.Phone != null && figures.Contains(c.Phone, StringComparison.Ordinal)));
    }

    [Fact]
    public void OnAPhone_ChartLabelsStayLegible_AndOnlyTheChartsScrollSideways()
    {
        var phone = Open(BrowserSize.Phone(360));
        Step("sign in on a phone and open the dashboard", () =>
        {
            phone.SignIn(LegalAidFactory.Programme);
            phone.GoTo("/Statistics");
            phone.WaitFor("#headline");
        });

        var smallest = phone.Evaluate<double>("Math.min(...[...document.querySelectorAll('svg.chart text')].map(t => t.getBoundingClientRect().height))");
        Assert.True(smallest >= 9, $"The smallest chart label is {smallest:0.0} px high on a 360 px phone.");
        Assert.False(phone.ScrollsSideways(), "The dashboard scrolls sideways on a 360 px phone.");
    }

    [Fact]
    public void InEveryLanguage_NoChartText_RunsPastTheChartsEdge()
    {
        Step("sign in", () => Browser.SignIn(LegalAidFactory.Programme));
        foreach (var language in new[] { "ky", "ru", "en" })
        {
            Step($"open the dashboard in {language}", () =>
            {
                Browser.GoTo($"/Statistics?culture={language}&ui-culture={language}");
                Browser.WaitFor("#headline");
            });

            var outside = Browser.Evaluate<string>("""
                [...document.querySelectorAll('svg.chart text')]
                    .filter(text => { const box = text.getBBox(), view = text.ownerSVGElement.viewBox.baseVal; return box.x < -0.5 || box.x + box.width > view.width + 0.5; })
                    .map(text => text.textContent).join(' | ')
                """);
            Assert.True(outside.Length == 0, $"In {language} these run past a chart's edge: {outside}");
        }
    }
}

