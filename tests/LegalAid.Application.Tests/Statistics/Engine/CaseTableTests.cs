using LegalAid.Application.Statistics.Engine;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Tests.Statistics.Engine;

public sealed class CaseTableTests
{
    private static readonly DateOnly Day = new(2026, 1, 1);

    [Fact]
    public void EachCase_KeepsItsOwnCategoriesAndStatusChanges_AndIsFoundByItsId()
    {
        var table = new CaseTable();
        // Ids with gaps; 0, 1 and 2 categories and changes in turn, so some cases have none between others that do.
        for (var n = 0; n < 300; n++)
        {
            var id = 5 + (n * 3);
            table.Add(Case(id));
            for (var k = 0; k < n % 3; k++)
            {
                table.AddCategory((id * 10) + k);
            }

            for (var k = 0; k < (n + 1) % 3; k++)
            {
                table.AddStatusChange(new StatusFact(id, k, k % 2 == 0 ? CaseStatus.Closed : CaseStatus.Open, Day.AddDays(k), null));
            }
        }

        Assert.Equal(300, table.Count);
        for (var n = 0; n < 300; n++)
        {
            var id = 5 + (n * 3);
            Assert.True(table.TryFind(id, out var position));
            Assert.Equal(n, position);
            Assert.Equal(Case(id), table.All[position]);
            Assert.Equal(Enumerable.Range(0, n % 3).Select(k => (id * 10) + k), table.CategoriesOf(position).ToArray());
            Assert.Equal(Enumerable.Range(0, (n + 1) % 3).Select(k => (id, (long)k)), table.StatusChangesOf(position).ToArray().Select(c => (c.CaseId, c.Order)));
        }

        Assert.False(table.TryFind(6, out _));
        Assert.False(table.TryFind(4, out _));
        Assert.False(table.TryFind(5 + (300 * 3), out _));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(3)]
    public void ACaseAddedOutOfTheOrderOfIds_IsRefused(int nextId)
    {
        var table = new CaseTable();
        table.Add(Case(7));

        var error = Assert.Throws<ArgumentException>(() => table.Add(Case(nextId)));
        Assert.Contains($"Case {nextId} comes after case 7", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void AnEmptyTable_FindsNothing()
    {
        Assert.False(new CaseTable().TryFind(1, out _));
    }

    private static CaseFact Case(int id) => new(id, ClientId: id + 1, CentreId: id % 3, LawyerId: id + 2, Day.AddDays(-id), PrimaryCategoryId: id % 7, Outcome: null, RecoveredMinorUnits: id * 100L);
}
