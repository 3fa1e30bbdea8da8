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
    /// <summary>A page and the total; a page short of full is the last, so the total follows from it without counting.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> source, IPageRequest page, CancellationToken cancellationToken)
    {
        var items = await PageOf(source, page).ToListAsync(cancellationToken);
        var isLast = items.Count < page.PageSize && (items.Count > 0 || page.PageNumber == 1);
        var totalCount = isLast ? ((page.PageNumber - 1) * page.PageSize) + items.Count : await source.CountAsync(cancellationToken);
        return new PagedList<T>(items, page.PageNumber, page.PageSize, totalCount);
    }

    /// <summary>A page of a source whose total is known without counting it.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> source, IPageRequest page, int totalCount, CancellationToken cancellationToken)
    {
        var items = await PageOf(source, page).ToListAsync(cancellationToken);
        return new PagedList<T>(items, page.PageNumber, page.PageSize, totalCount);
    }

    private static IQueryable<T> PageOf<T>(IQueryable<T> source, IPageRequest page) =>
        source.Skip((page.PageNumber - 1) * page.PageSize).Take(page.PageSize);
}
