using System.Diagnostics;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Staff;
using LegalAid.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LegalAid.Application.Tests.Common.Persistence;

/// <summary>
/// No save sets a savepoint: SQLite would journal every statement against it, at a cost that grows with the save, and a
/// failed save fails its command, which rolls back as a whole. The one step that recovers from a refused insert and goes
/// on, the case number allocator when another opening created the year's counter, sets a savepoint of its own.
/// </summary>
public sealed class SavepointTests : IAsyncLifetime
{
    private TestApp App { get; } = new();

    public ValueTask InitializeAsync() => App.InitializeAsync();

    public ValueTask DisposeAsync() => App.DisposeAsync();

    [Fact]
    public async Task ASaveInATransactionOfItsOwn_SetsNoSavepoint()
    {
        var savepoints = await SavepointsSetByAsync((db, _) =>
        {
            db.StaffMembers.Add(new StaffMember("Айгүл Өмүрова", TestApp.Moscow));
            return db.SaveChangesAsync();
        });

        Assert.Equal(0, savepoints);
    }

    [Fact]
    public async Task ASaveInsideAnOpenTransaction_SetsNoSavepoint()
    {
        var savepoints = await SavepointsSetByAsync(async (db, _) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.StaffMembers.Add(new StaffMember("Айгүл Өмүрова", TestApp.Moscow));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });

        Assert.Equal(0, savepoints);
    }

    [Fact]
    public async Task TheCaseNumberAllocator_SetsOneBeforeCreatingAYearsCounter_AndNoneOnceItExists()
    {
        var numbers = new List<CaseNumber>();
        var savepoints = new List<int>();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            savepoints.Add(await SavepointsSetByAsync(async (db, services) =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                var centre = await db.Centres.SingleAsync(c => c.Id == TestApp.Moscow);
                numbers.Add(await services.GetRequiredService<ICaseNumberAllocator>().ReserveAsync(centre, 2031, 3, CancellationToken.None));
                await transaction.CommitAsync();
            }));
        }

        Assert.Equal([1, 0], savepoints);
        Assert.Equal([1, 4], numbers.Select(n => n.Sequence));
    }

    [Fact]
    public async Task TheCaseNumberAllocator_ReleasesItsSavepointOnceTheCounterIsSaved()
    {
        var released = await SavepointsSetByAsync(async (db, services) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var centre = await db.Centres.SingleAsync(c => c.Id == TestApp.Moscow);
            await services.GetRequiredService<ICaseNumberAllocator>().ReserveAsync(centre, 2031, 1, CancellationToken.None);
            await transaction.CommitAsync();
        }, RelationalEventId.ReleasingTransactionSavepoint);

        Assert.Equal(1, released);
    }

    /// <summary>
    /// EF Core announces each savepoint it is about to create (or, when asked, release) to its diagnostic listener;
    /// counts this context's.
    /// </summary>
    private async Task<int> SavepointsSetByAsync(Func<LegalAidDbContext, IServiceProvider, Task> work, EventId? counted = null)
    {
        await using var scope = App.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LegalAidDbContext>();
        var savepoints = 0;
        var subscriptions = new List<IDisposable>();
        var countedEvent = (counted ?? RelationalEventId.CreatingTransactionSavepoint).Name;
        var listeners = DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                var subscription = listener.Subscribe(
                    new Observer<KeyValuePair<string, object?>>(e =>
                    {
                        if (e.Value is TransactionEventData data && data.Context == db)
                        {
                            Interlocked.Increment(ref savepoints);
                        }
                    }),
                    name => name == countedEvent);
                lock (subscriptions)
                {
                    subscriptions.Add(subscription);
                }
            }
        }));

        try
        {
            await work(db, scope.ServiceProvider);
        }
        finally
        {
            listeners.Dispose();
            lock (subscriptions)
            {
                subscriptions.ForEach(s => s.Dispose());
            }
        }

        return savepoints;
    }

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnNext(T value) => next(value);

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
