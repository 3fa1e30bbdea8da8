using System.Data;
using System.Data.Common;
using LegalAid.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Common.Persistence;

/// <summary>A request's SQLite connection stays open for the next request, unless it is still in a transaction or still reading.</summary>
public sealed class OpenConnectionsTests : IAsyncLifetime
{
    private TestApp App { get; } = new(keepConnectionsOpen: true);

    public ValueTask InitializeAsync() => App.InitializeAsync();

    public ValueTask DisposeAsync() => App.DisposeAsync();

    [Fact]
    public async Task AContext_RunsAllItsQueriesOnOneConnection_WithoutClosingIt()
    {
        await using var scope = App.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LegalAidDbContext>();
        await db.Centres.CountAsync();
        var connection = db.Database.GetDbConnection();
        var changes = 0;
        connection.StateChange += (_, _) => changes++;

        await db.Clients.CountAsync();
        await db.Cases.CountAsync();

        Assert.Same(connection, db.Database.GetDbConnection());
        Assert.Equal((ConnectionState.Open, 0), (connection.State, changes));
    }

    [Fact]
    public async Task TheNextContext_GetsTheConnectionOfTheLastOne_StillOpen()
    {
        var first = await ConnectionUsedByAsync(db => db.Centres.CountAsync());

        var second = await ConnectionUsedByAsync(db => db.Centres.CountAsync());

        Assert.Same(first, second);
        Assert.Equal(ConnectionState.Open, second.State);
    }

    [Fact]
    public async Task AConnectionLeftInATransaction_IsClosedNotKept()
    {
        var first = await ConnectionUsedByAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "BEGIN";
            return await command.ExecuteNonQueryAsync();
        });

        var second = await ConnectionUsedByAsync(db => db.Centres.CountAsync());

        Assert.NotSame(first, second);
        Assert.Equal(ConnectionState.Closed, first.State);
    }

    [Fact]
    public async Task AConnectionWithAReaderLeftOpen_IsClosedNotKept_SoNoLaterRequestReadsAnOldSnapshot()
    {
        var first = await ConnectionUsedByAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT Id FROM Centres";
            var reader = await command.ExecuteReaderAsync();
            return await reader.ReadAsync();
        });

        var second = await ConnectionUsedByAsync(db => db.Centres.CountAsync());

        Assert.NotSame(first, second);
        Assert.Equal(ConnectionState.Closed, first.State);
    }

    [Fact]
    public async Task AConnectionOpenedAroundEfCore_IsClosedNotKept()
    {
        (await OpenConnectionsAsync()).Clear();
        var first = await ConnectionUsedByAsync(async db =>
        {
            await db.Database.GetDbConnection().OpenAsync();
            return await db.Centres.CountAsync();
        });

        var second = await ConnectionUsedByAsync(db => db.Centres.CountAsync());

        Assert.NotSame(first, second);
        Assert.Equal(ConnectionState.Closed, first.State);
    }

    [Fact]
    public async Task KeptConnections_AreClosedWhenTheAppDisposesThem()
    {
        var kept = await ConnectionUsedByAsync(db => db.Centres.CountAsync());
        var openConnections = await OpenConnectionsAsync();

        openConnections.Dispose();

        Assert.Equal(ConnectionState.Closed, kept.State);
    }

    private Task<OpenSqliteConnections> OpenConnectionsAsync() =>
        App.InScopeAsync(services => Task.FromResult(services.GetRequiredService<OpenSqliteConnections>()));

    private async Task<DbConnection> ConnectionUsedByAsync<T>(Func<LegalAidDbContext, Task<T>> work) =>
        await App.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<LegalAidDbContext>();
            await work(db);
            return db.Database.GetDbConnection();
        });
}
