using System.Threading.Channels;

namespace LegalAid.Infrastructure.Auditing;

/// <summary>
/// The views waiting for <see cref="AuditViewWriter"/>: open only while it runs. A full queue makes the requests wait
/// for room rather than drop an entry; a closed one refuses, and the caller writes its entry itself.
/// </summary>
internal sealed class AuditViewQueue
{
    /// <summary>Half a minute of views at the load test's rate (some 130 a second); a writer that far behind slows the reads down.</summary>
    public const int Capacity = 4096;

    private Channel<AuditRecord>? views;

    public ChannelReader<AuditRecord> Open()
    {
        var opened = Channel.CreateBounded<AuditRecord>(new BoundedChannelOptions(Capacity) { SingleReader = true });
        Volatile.Write(ref views, opened);
        return opened.Reader;
    }

    /// <summary>Refuses new views; those already queued stay for the writer to drain.</summary>
    public void Close() => Volatile.Read(ref views)?.Writer.TryComplete();

    public async ValueTask<bool> TryAddAsync(AuditRecord view, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref views) is not { } open)
        {
            return false;
        }

        try
        {
            await open.Writer.WriteAsync(view, cancellationToken);
            return true;
        }
        catch (ChannelClosedException)
        {
            return false;
        }
    }
}
