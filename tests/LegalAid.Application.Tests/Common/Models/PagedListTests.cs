using LegalAid.Application.Common.Models;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Common.Models;

/// <summary>Pages of the three centres: the total is right whether it is counted or follows from a last page.</summary>
public sealed class PagedListTests : ApplicationTest
{
    [Theory]
    [InlineData(1, 2, 2)]
    [InlineData(2, 2, 1)]
    [InlineData(3, 2, 0)]
    [InlineData(1, 3, 3)]
    [InlineData(2, 3, 0)]
    [InlineData(1, 5, 3)]
    [InlineData(2, 5, 0)]
    public async Task ThePage_HoldsItsRows_AndTheTotalIsAllRows(int pageNumber, int pageSize, int rowsOnThePage)
    {
        var page = await App.InDatabaseAsync(db => db.Centres.OrderBy(c => c.Id).Select(c => c.Id).ToPagedListAsync(new Page(pageNumber, pageSize), CancellationToken.None));

        Assert.Equal(rowsOnThePage, page.Items.Count);
        Assert.Equal(3, page.TotalCount);
    }

    [Fact]
    public async Task AnEmptySource_HasNoRowsAndOnePage()
    {
        var page = await App.InDatabaseAsync(db => db.Centres.Where(c => c.Id < 0).OrderBy(c => c.Id).Select(c => c.Id).ToPagedListAsync(new Page(1, 20), CancellationToken.None));

        Assert.Equal((0, 0, 1), (page.Items.Count, page.TotalCount, page.TotalPages));
    }

    private sealed record Page(int PageNumber, int PageSize) : IPageRequest;
}
