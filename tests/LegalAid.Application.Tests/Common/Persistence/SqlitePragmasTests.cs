using System.Globalization;
using LegalAid.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Common.Persistence;

/// <summary>
/// Every connection a request gets is tuned the same way, whether newly opened or kept open from an earlier request:
/// a 1 MB page cache, no memory-mapped reads, temporary tables in memory, and freed pages overwritten with zeros.
/// </summary>
public sealed class SqlitePragmasTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ARequestsConnection_HasTheAppsSettings(bool keepConnectionsOpen)
    {
        await using var app = new TestApp(keepConnectionsOpen: keepConnectionsOpen);
        await app.InitializeAsync();
        await using (var earlier = app.CreateScope())
        {
            await earlier.ServiceProvider.GetRequiredService<LegalAidDbContext>().Centres.CountAsync();
        }

        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LegalAidDbContext>();
        await db.Database.OpenConnectionAsync();

        var settings = (await PragmaAsync(db, "cache_size"), await PragmaAsync(db, "mmap_size"), await PragmaAsync(db, "temp_store"), await PragmaAsync(db, "secure_delete"));

        Assert.Equal((-1000L, 0L, 2L, 1L), settings);
    }

    private static async Task<long> PragmaAsync(LegalAidDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
