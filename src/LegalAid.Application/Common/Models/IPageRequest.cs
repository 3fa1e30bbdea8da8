namespace LegalAid.Application.Common.Models;

public interface IPageRequest
{
    const int MaxPageSize = 100;

    int PageNumber { get; }

    int PageSize { get; }
}
