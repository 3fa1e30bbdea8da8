using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Common.Models;

public sealed record PagedList<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int TotalPages => TotalCount == 0 ? 1 : (TotalCount + PageSize - 1) / PageSize;

    public bool HasPrevious => PageNumber > 1;

    public bool HasNext => PageNumber < TotalPages;
}

public static class PagedListQueryExtensions
{
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> source, IPageRequest page, CancellationToken cancellationToken) =>
        await source.ToPagedListAsync(page, await source.CountAsync(cancellationToken), cancellationToken);

    /// <summary>A page of a source whose total is known without counting it.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> source, IPageRequest page, int totalCount, CancellationToken cancellationToken)
    {
        var items = await source.Skip((page.PageNumber - 1) * page.PageSize).Take(page.PageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, page.PageNumber, page.PageSize, totalCount);
    }
}
