using System.Diagnostics;
using LegalAid.Domain.Staff;
using LegalAid.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Common.Persistence;

/// <summary>
/// A save in a transaction of its own sets no savepoint: SQLite would journal every statement against it, at a cost that
/// grows with the save. A save inside a transaction already open (a command's) keeps one, so that a handler can recover
/// from a refused insert and go on, as the case number allocator does when another opening created the year's counter.
/// </summary>
public sealed class SavepointTests : IAsyncLifetime
{
    private TestApp App { get; } = new();

    public ValueTask InitializeAsync() => App.InitializeAsync();

    public ValueTask DisposeAsync() => App.DisposeAsync();

    [Fact]
    public async Task ASaveInATransactionOfItsOwn_SetsNoSavepoint()
    {
        var savepoints = await SavepointsSetByAsync(db =>
        {
            db.StaffMembers.Add(new StaffMember("Айгүл Өмүрова", TestApp.Moscow));
            return db.SaveChangesAsync();
        });

        Assert.Equal(0, savepoints);
    }

    [Fact]
    public async Task ASaveInsideAnOpenTransaction_SetsOne()
    {
        var savepoints = await SavepointsSetByAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.StaffMembers.Add(new StaffMember("Айгүл Өмүрова", TestApp.Moscow));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });

        Assert.Equal(1, savepoints);
    }

    /// <summary>EF Core announces each savepoint it is about to create to its diagnostic listener; counts this context's.</summary>
    private async Task<int> SavepointsSetByAsync(Func<LegalAidDbContext, Task> work)
    {
        await using var scope = App.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LegalAidDbContext>();
        var savepoints = 0;
        var subscriptions = new List<IDisposable>();
        var creatingSavepoint = RelationalEventId.CreatingTransactionSavepoint.Name;
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
                    name => name == creatingSavepoint);
                lock (subscriptions)
                {
                    subscriptions.Add(subscription);
                }
            }
        }));

        try
        {
            await work(db);
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
