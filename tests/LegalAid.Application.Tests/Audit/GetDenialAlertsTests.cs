using LegalAid.Application.Audit.GetDenialAlerts;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;

namespace LegalAid.Application.Tests.Audit;

/// <summary>An account refused many times in a short time raises an alert: by default 20 refusals within 10 minutes.</summary>
public sealed class GetDenialAlertsTests : ApplicationTest
{
    private int moscowCase;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        moscowCase = (await App.SendAsync(Requests.OpenCase(await App.SendAsync(Requests.RegisterClient())))).Id;
    }

    [Fact]
    public async Task TwentyRefusalsWithinTenMinutes_RaiseAnAlert()
    {
        await RefuseChelyabinskLawyerAsync(times: 20, apart: TimeSpan.FromSeconds(30));
        App.ActAs(Roles.Administrator, centre: null);

        var alert = Assert.Single(await App.SendAsync(new GetDenialAlerts()));

        Assert.Equal(("lawyer.3@test", 20, 10, TimeSpan.FromSeconds(19 * 30)), (alert.UserName, alert.Refusals, alert.WindowMinutes, alert.To - alert.From));
    }

    [Fact]
    public async Task NineteenRefusals_RaiseNoAlert()
    {
        await RefuseChelyabinskLawyerAsync(times: 19, apart: TimeSpan.FromSeconds(30));
        App.ActAs(Roles.Administrator, centre: null);

        Assert.Empty(await App.SendAsync(new GetDenialAlerts()));
    }

    [Fact]
    public async Task TwentyRefusalsSpreadOverTwentyMinutes_RaiseNoAlert()
    {
        await RefuseChelyabinskLawyerAsync(times: 20, apart: TimeSpan.FromMinutes(1));
        App.ActAs(Roles.Administrator, centre: null);

        Assert.Empty(await App.SendAsync(new GetDenialAlerts()));
    }

    [Fact]
    public async Task AnAlert_IsShownForAWeek()
    {
        await RefuseChelyabinskLawyerAsync(times: 20, apart: TimeSpan.FromSeconds(10));
        App.ActAs(Roles.Administrator, centre: null);

        App.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Single(await App.SendAsync(new GetDenialAlerts()));
        App.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Empty(await App.SendAsync(new GetDenialAlerts()));
    }

    [Fact]
    public async Task ACoordinator_SeesTheAlertsOfTheirCentresAccountsOnly()
    {
        await RefuseChelyabinskLawyerAsync(times: 20, apart: TimeSpan.FromSeconds(10));

        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        Assert.Empty(await App.SendAsync(new GetDenialAlerts()));
        App.ActAs(Roles.Coordinator, TestApp.Chelyabinsk);
        Assert.Equal("lawyer.3@test", Assert.Single(await App.SendAsync(new GetDenialAlerts())).UserName);
    }

    [Fact]
    public async Task TheAlertsTimes_AreThoseOfTheReadersCentre_WhereMidnightHasPassed()
    {
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 15, 20, 0, 0, TimeSpan.Zero));
        await RefuseChelyabinskLawyerAsync(times: 20, apart: TimeSpan.FromSeconds(10));

        App.ActAs(Roles.Coordinator, TestApp.Chelyabinsk);
        var alert = Assert.Single(await App.SendAsync(new GetDenialAlerts()));

        Assert.Equal(new DateTime(2026, 3, 16, 1, 0, 0), alert.From);
        Assert.Equal((new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 16)), (alert.FirstDay, alert.LastDay));
    }

    [Fact]
    public async Task Lawyers_MayNotReadTheAlerts() =>
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new GetDenialAlerts()));

    private async Task RefuseChelyabinskLawyerAsync(int times, TimeSpan apart)
    {
        App.ActAsLawyerOf(TestApp.Chelyabinsk);
        for (var i = 0; i < times; i++)
        {
            if (i > 0)
            {
                App.Clock.Advance(apart);
            }

            await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetCase(moscowCase)));
        }
    }
}
