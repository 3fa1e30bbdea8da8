using LegalAid.Application.Statistics.Engine;
using Microsoft.Extensions.Options;

namespace LegalAid.Web.Startup;

/// <summary>
/// Reloads the recent years' statistics facts in the background every <see cref="StatisticsOptions.FreshFor"/>, as
/// long as someone who sees every centre uses statistics; idle (and holding no copy) otherwise. The first request
/// after a quiet spell reads the database itself and wakes this task.
/// </summary>
internal sealed partial class RecentStatisticsKeeper(
    IServiceScopeFactory scopes, StatisticsFactsCache cache, IOptions<StatisticsOptions> options, TimeProvider clock, ILogger<RecentStatisticsKeeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.KeepRecentYears <= 0 || options.Value.FreshFor <= TimeSpan.Zero)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await cache.WaitForRecentReadersAsync(stoppingToken);
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

            await Task.Delay(options.Value.FreshFor, clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not load the recent statistics")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
