using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Administration.ListCategories;

/// <summary>Every problem category, inactive ones included.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record ListCategories : IRequest<IReadOnlyList<CategoryDetails>>;

public sealed record CategoryDetails(int Id, string Code, string NameRu, string NameKy, string NameEn, int SortOrder, bool IsActive);

public sealed class ListCategoriesHandler(IApplicationDbContext db) : IRequestHandler<ListCategories, IReadOnlyList<CategoryDetails>>
{
    public async Task<IReadOnlyList<CategoryDetails>> Handle(ListCategories request, CancellationToken cancellationToken) =>
        await db.ProblemCategories.OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new CategoryDetails(c.Id, c.Code, c.NameRu, c.NameKy, c.NameEn, c.SortOrder, c.IsActive))
            .ToListAsync(cancellationToken);
}
