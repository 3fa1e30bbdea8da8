using System.Threading.Channels;
using LegalAid.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LegalAid.Infrastructure.Auditing;

/// <summary>
/// Writes the views of <see cref="AuditViewQueue"/> to the trail: those of each window (<c>Audit:ViewBatchWindow</c>)
/// in one transaction, instead of a write transaction per view, which cost a case page 3 of its 8.5 ms of processor time
/// on the million-consultation file (benchmarks/README.md). Runs only where there is a host (the web app) and the window
/// is not zero. On stop it closes the queue and writes what is left, so a clean shutdown loses no view; a crash loses the
/// views of the window being gathered and of the write under way. A write that fails is tried again a second later with
/// the same views, while requests go on queuing behind them.
/// </summary>
internal sealed partial class AuditViewWriter(AuditViewQueue queue, IServiceScopeFactory scopes, IOptions<AuditOptions> options, ILogger<AuditViewWriter> logger)
    : BackgroundService
{
    /// <summary>At most this many entries in one transaction, so that a long queue does not hold SQLite's write lock long.</summary>
    public const int MostPerWrite = 500;

    private static readonly TimeSpan AfterAFailure = TimeSpan.FromSeconds(1);

    /// <summary>Taken from the queue and not yet written; kept across a failed write.</summary>
    private readonly List<AuditRecord> taken = [];

    /// <summary>The loop and the final drain at shutdown never write at once. Never disposed: it has no wait handle to free.</summary>
    private readonly SemaphoreSlim writing = new(1, 1);

    private ChannelReader<AuditRecord>? views;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.ViewBatchWindow > TimeSpan.Zero)
        {
            views = queue.Open();
        }

        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Close();
        await base.StopAsync(cancellationToken);
        if (views is not null && !await TryWriteQueuedAsync(views))
        {
            ViewsLost(logger, taken.Count + views.Count);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (views is null)
        {
            return;
        }

        var written = true;
        try
        {
            while (taken.Count > 0 || await views.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(written ? options.Value.ViewBatchWindow : AfterAFailure, stoppingToken);
                written = await TryWriteQueuedAsync(views);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes what is left.
        }
    }

    /// <summary>Writes everything queued, <see cref="MostPerWrite"/> at a time; false when a write failed.</summary>
    private async Task<bool> TryWriteQueuedAsync(ChannelReader<AuditRecord> reader)
    {
        await writing.WaitAsync();
        try
        {
            while (true)
            {
                while (taken.Count < MostPerWrite && reader.TryRead(out var view))
                {
                    taken.Add(view);
                }

                if (taken.Count == 0)
                {
                    return true;
                }

                await using var scope = scopes.CreateAsyncScope();
                await AuditRecord.SaveAsync(scope.ServiceProvider.GetRequiredService<LegalAidDbContext>(), taken, CancellationToken.None);
                taken.Clear();
            }
        }
        catch (Exception e)
        {
            WriteFailed(logger, taken.Count, e);
            return false;
        }
        finally
        {
            writing.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} views could not be written to the audit trail; trying again in a second")]
    private static partial void WriteFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Count} views were never written to the audit trail: the last write at shutdown failed")]
    private static partial void ViewsLost(ILogger logger, int count);
}
