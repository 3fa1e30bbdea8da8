using System.Data;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Common.Persistence;

/// <summary>SQLite's write transactions of one process begin one at a time, the others awaiting their turn instead of sleeping.</summary>
public sealed class WriteTurnTests : ApplicationTest
{
    [Fact]
    public async Task ASecondWriteTransaction_BeginsOnlyOnceTheFirstCommits()
    {
        await using var first = Context();
        await using var second = Context();
        var holding = await first.Db.Database.BeginTransactionAsync();

        var waiting = second.Db.Database.BeginTransactionAsync();
        Assert.False(waiting.IsCompleted);
        await holding.CommitAsync();
        await using var begun = await waiting;

        Assert.NotNull(second.Db.Database.CurrentTransaction);
    }

    [Fact]
    public async Task ATransactionDisposedWithoutCommitOrRollback_GivesTheTurnBackWhenItsContextCloses()
    {
        await using var second = Context();
        Task waiting;
        await using (var first = Context())
        {
            await first.Db.Database.OpenConnectionAsync();
            await using (await first.Db.Database.BeginTransactionAsync())
            {
                waiting = second.Db.Database.BeginTransactionAsync();
            }

            Assert.False(waiting.IsCompleted);
        }

        await waiting;
        Assert.NotNull(second.Db.Database.CurrentTransaction);
    }

    [Fact]
    public async Task AConnectionKeptOpen_BeginsItsNextTransactionAtOnce_AfterOneDisposedWithoutCommit()
    {
        await using var context = Context();
        await context.Db.Database.OpenConnectionAsync();
        await (await context.Db.Database.BeginTransactionAsync()).DisposeAsync();

        var next = context.Db.Database.BeginTransactionAsync();

        Assert.True(next.IsCompleted);
        await (await next).CommitAsync();
    }

    [Fact]
    public async Task ACommandThatFails_GivesTheTurnBackAtOnce_ThoughItsConnectionStaysOpenUntilTheRequestEnds()
    {
        await using var failed = Context();
        await using var next = Context();
        var unitOfWork = failed.Services.GetRequiredService<IUnitOfWork>();
        await failed.Db.Centres.CountAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            unitOfWork.InTransactionAsync<int>(() => throw new InvalidOperationException("The command failed."), CancellationToken.None));
        var begun = next.Db.Database.BeginTransactionAsync();

        Assert.Equal(ConnectionState.Open, failed.Db.Database.GetDbConnection().State);
        Assert.True(begun.IsCompleted);
        await (await begun).CommitAsync();
    }

    [Fact]
    public async Task WritesFromManyRequestsAtOnce_AllCommit()
    {
        var registered = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            App.SendAsync(Requests.RegisterClient() with { DateOfBirth = new DateOnly(1990, 5, i + 1), NotADuplicate = true })));

        Assert.Equal(20, registered.Distinct().Count());
        Assert.Equal(20, await App.InDatabaseAsync(db => db.Clients.CountAsync()));
    }

    private ScopedContext Context() => new(App.CreateScope());

    private sealed class ScopedContext(AsyncServiceScope scope) : IAsyncDisposable
    {
        public IServiceProvider Services => scope.ServiceProvider;

        public LegalAidDbContext Db { get; } = scope.ServiceProvider.GetRequiredService<LegalAidDbContext>();

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }
}
