using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LegalAid.Infrastructure.DataProtection;

/// <summary>
/// Keeps a data-protection key valid for the next two weeks, written at start-up and every six hours. Left alone, the
/// framework creates the next key inside whichever request first needs it; on SQLite that write, made on a connection
/// of its own, waits behind the request's own write transaction until it fails with "database is locked".
/// </summary>
public sealed partial class KeyRingKeeper(IKeyManager keys, ILogger<KeyRingKeeper> logger) : BackgroundService
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);
    private static readonly TimeSpan Ahead = TimeSpan.FromDays(14);
    private static readonly TimeSpan Every = TimeSpan.FromHours(6);
    private static readonly TimeSpan AfterAFailure = TimeSpan.FromMinutes(1);

    /// <summary>Creates a key when none is active, and its successor when every key expires within <see cref="Ahead"/>.</summary>
    public void EnsureKeyAhead()
    {
        // The key ring keeps real time, whatever clock the application is given.
        var now = DateTimeOffset.UtcNow;
        var usable = keys.GetAllKeys().Where(k => !k.IsRevoked && k.ExpirationDate > now).ToList();
        if (!usable.Any(k => k.ActivationDate <= now))
        {
            usable.Add(keys.CreateNewKey(now, now + Lifetime));
        }

        var lastExpiry = usable.Max(k => k.ExpirationDate);
        if (lastExpiry - now < Ahead)
        {
            var activation = lastExpiry - TimeSpan.FromDays(2) > now ? lastExpiry - TimeSpan.FromDays(2) : now;
            keys.CreateNewKey(activation, activation + Lifetime);
        }
    }

    /// <summary>A database that cannot be reached yet does not stop the app starting: the readiness probe says so, and this tries again.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        TryEnsureKeyAhead();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var succeeded = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(succeeded ? Every : AfterAFailure, stoppingToken);
            succeeded = TryEnsureKeyAhead();
        }
    }

    private bool TryEnsureKeyAhead()
    {
        try
        {
            EnsureKeyAhead();
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            KeyRingUnavailable(logger, e);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The data-protection key ring could not be read or extended; trying again in a minute")]
    private static partial void KeyRingUnavailable(ILogger logger, Exception exception);
}
