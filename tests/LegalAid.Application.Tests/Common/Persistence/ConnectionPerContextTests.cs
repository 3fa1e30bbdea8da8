using System.Data;
using LegalAid.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Common.Persistence;

/// <summary>A request's context opens SQLite once, at its first query, and keeps the connection until the request ends.</summary>
public sealed class ConnectionPerContextTests : ApplicationTest
{
    [Fact]
    public async Task AContext_OpensItsConnectionAtItsFirstQuery_KeepsItForTheNext_AndClosesItWhenDisposed()
    {
        var scope = App.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LegalAidDbContext>();
        var connection = db.Database.GetDbConnection();
        var openings = 0;
        connection.StateChange += (_, change) => openings += change.CurrentState == ConnectionState.Open ? 1 : 0;
        var before = connection.State;

        await db.Centres.CountAsync();
        await db.Clients.CountAsync();
        var between = connection.State;
        await scope.DisposeAsync();

        Assert.Equal((ConnectionState.Closed, ConnectionState.Open, 1), (before, between, openings));
        Assert.Equal(ConnectionState.Closed, connection.State);
    }
}
