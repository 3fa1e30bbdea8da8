using LegalAid.Application.Statistics.Engine;
using Microsoft.Extensions.Options;

namespace LegalAid.Web.Startup;

/// <summary>Reloads the recent years' statistics facts in the background every <see cref="StatisticsOptions.FreshFor"/>.</summary>
internal sealed partial class RecentStatisticsKeeper(IServiceScopeFactory scopes, IOptions<StatisticsOptions> options, ILogger<RecentStatisticsKeeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.KeepRecentYears <= 0 || options.Value.FreshFor <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.FreshFor);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<RecentStatistics>().RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; meanwhile requests read the database as they would without it.
                LogRefreshFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not load the recent statistics")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
