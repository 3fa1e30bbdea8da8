using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Auditing;
using LegalAid.Infrastructure.Auditing;

namespace LegalAid.Infrastructure.Tests.Auditing;

public sealed class AuditViewQueueTests
{
    private static AuditRecord View(string id) => new(new AuditEvent(AuditAction.Viewed, "Case", id), DateTime.UnixEpoch, "127.0.0.1", Details: null, Seal: null);

    [Fact]
    public async Task BeforeTheWriterOpensIt_TheQueueRefuses_SoTheViewIsWrittenAtOnce()
    {
        Assert.False(await new AuditViewQueue().TryAddAsync(View("1"), CancellationToken.None));
    }

    [Fact]
    public async Task OnceClosed_ItRefusesNewViews_AndStillGivesUpThoseItHolds()
    {
        var queue = new AuditViewQueue();
        var reader = queue.Open();
        Assert.True(await queue.TryAddAsync(View("1"), CancellationToken.None));

        queue.Close();

        Assert.False(await queue.TryAddAsync(View("2"), CancellationToken.None));
        Assert.Equal(["1"], reader.ReadAllAsync().ToBlockingEnumerable().Select(v => v.Event.EntityId));
    }
}
