using System.Text.Json;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Application.Statistics.GetStatistics;
using LegalAid.Infrastructure.DemoData;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Statistics.Engine;

public sealed class RecentStatisticsTests : ApplicationTest
{
    [Fact]
    public async Task AnyPeriodInTheRecentYears_GetsTheSameFiguresAsFromAWindowOfItsOwn()
    {
        await App.InScopeAsync(services => services.GetRequiredService<DemoDataGenerator>().GenerateAsync(new DemoDataOptions(), CancellationToken.None));
        App.ActAs(Roles.ProgrammeStaff, null);
        GetStatistics[] periods =
        [
            new(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)),
            new(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30), Centre: [TestApp.Kazan]),
            new(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28), Sex: [Domain.Clients.Sex.Female]),
            new(new DateOnly(2025, 4, 10), new DateOnly(2026, 3, 14)),
        ];
        var ownWindows = new List<string>();
        foreach (var period in periods)
        {
            ownWindows.Add(Figures(await App.SendAsync(period)));
        }

        await RefreshRecentAsync();
        App.ActAs(Roles.ProgrammeStaff, null);
        var recent = new List<string>();
        foreach (var period in periods)
        {
            recent.Add(Figures(await App.SendAsync(period)));
        }

        Assert.Equal(ownWindows, recent);
    }

    [Fact]
    public async Task TheRecentYears_AnswerFromMemory_ForReadersOfEveryCentreOnly_UntilAChangeToWhatTheyHold()
    {
        var client = await App.SendAsync(Requests.RegisterClient());
        var @case = await App.SendAsync(Requests.OpenCase(client));
        await App.SendAsync(Requests.LogConsultation(@case.Id));
        await RefreshRecentAsync();
        var copied = App.Clock.GetUtcNow();
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var march = new GetStatistics(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 14));

        App.ActAs(Roles.ProgrammeStaff, null);
        var fromMemory = await App.SendAsync(march);
        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        var coordinator = await App.SendAsync(march);
        App.ActAsLawyerOf(TestApp.Moscow);
        await App.SendAsync(Requests.LogConsultation(@case.Id) with { HeldAt = new DateTime(2026, 3, 12, 10, 0, 0) });
        App.ActAs(Roles.ProgrammeStaff, null);
        var afterAChange = await App.SendAsync(march);

        Assert.Equal((copied, 1), (fromMemory.ReadAt, fromMemory.Current.Consultations));
        Assert.Equal((App.Clock.GetUtcNow(), 1), (coordinator.ReadAt, coordinator.Current.Consultations));
        Assert.Equal((App.Clock.GetUtcNow(), 2), (afterAChange.ReadAt, afterAChange.Current.Consultations));
    }

    [Fact]
    public async Task TheBackgroundCopy_IsWantedOnlyAfterAReaderOfEveryCentreAsks_AndDroppedWhenNobodyDid()
    {
        var client = await App.SendAsync(Requests.RegisterClient());
        var @case = await App.SendAsync(Requests.OpenCase(client));
        await App.SendAsync(Requests.LogConsultation(@case.Id));
        var march = new GetStatistics(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 14));
        var cache = await App.InScopeAsync(services => Task.FromResult(services.GetRequiredService<StatisticsFactsCache>()));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        // A cancelled token makes the wait answer at once: completed when the copy is wanted, cancelled when not.
        Task AskedSinceLastTime() => cache.WaitForRecentReadersAsync(cancelled.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(AskedSinceLastTime);
        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        await App.SendAsync(march);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(AskedSinceLastTime);

        await RefreshRecentAsync();
        var copied = App.Clock.GetUtcNow();
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        App.ActAs(Roles.ProgrammeStaff, null);
        var fromTheCopy = await App.SendAsync(march);
        await AskedSinceLastTime();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(AskedSinceLastTime);
        var copyDropped = await App.SendAsync(march with { Sex = [Domain.Clients.Sex.Male] });

        Assert.Equal(copied, fromTheCopy.ReadAt);
        Assert.Equal(App.Clock.GetUtcNow(), copyDropped.ReadAt);
    }

    private async Task RefreshRecentAsync()
    {
        App.CurrentUser.IsAuthenticated = false;
        App.CurrentUser.CentreId = null;
        await App.InScopeAsync(async services =>
        {
            await services.GetRequiredService<RecentStatistics>().RefreshAsync(CancellationToken.None);
            return 0;
        });
    }

    private static string Figures(StatisticsReport report) => JsonSerializer.Serialize(report with { ReadAt = default });
}
