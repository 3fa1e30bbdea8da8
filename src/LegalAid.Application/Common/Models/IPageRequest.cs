namespace LegalAid.Application.Common.Models;

public interface IPageRequest
{
    const int MaxPageSize = 100;

    /// <summary>Ten million rows at the largest page size: past any centre's lists, and the rows skipped stay a number the database takes.</summary>
    const int MaxPageNumber = 100_000;

    int PageNumber { get; }

    int PageSize { get; }
}
