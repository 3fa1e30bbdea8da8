using LegalAid.Domain.Centres;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Common.Persistence;

/// <summary>A statement kept prepared from an earlier request runs with the new request's values, in its transaction.</summary>
public sealed class StatementCacheTests : IAsyncLifetime
{
    private TestApp App { get; } = new(keepConnectionsOpen: true);

    public ValueTask InitializeAsync() => App.InitializeAsync();

    public ValueTask DisposeAsync() => App.DisposeAsync();

    [Fact]
    public async Task TheSameQueryWithOtherValues_FindsWhatTheseValuesSelect()
    {
        var ids = new List<int>();
        foreach (var code in new[] { "MOW", "KZN", "CHE", "MOW" })
        {
            ids.Add(await App.InDatabaseAsync(db => db.Centres.Where(c => c.Code == code).Select(c => c.Id).SingleAsync()));
        }

        Assert.Equal([TestApp.Moscow, TestApp.Kazan, TestApp.Chelyabinsk, TestApp.Moscow], ids);
    }

    [Fact]
    public async Task AKeptInsert_WritesInTheTransactionOfItsOwnRequest()
    {
        await AddCentreAsync(11, "Ош", commit: true);
        await AddCentreAsync(12, "Жалал-Абад", commit: false);
        await AddCentreAsync(13, "Нарын", commit: true);

        var cities = await App.InDatabaseAsync(db => db.Centres.Where(c => c.Id > 10).OrderBy(c => c.Id).Select(c => c.City).ToListAsync());

        Assert.Equal(["Ош", "Нарын"], cities);
    }

    private Task<int> AddCentreAsync(int id, string city, bool commit) =>
        App.InDatabaseAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Add(new Centre(id, $"C{id}", city, city, city, city, city, "Asia/Bishkek"));
            await db.SaveChangesAsync();
            if (commit)
            {
                await transaction.CommitAsync();
            }

            return id;
        });
}
