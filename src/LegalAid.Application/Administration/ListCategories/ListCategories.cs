using AutoMapper;
using AutoMapper.QueryableExtensions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Taxonomy;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Administration.ListCategories;

/// <summary>Every problem category, inactive ones included.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record ListCategories : IRequest<IReadOnlyList<CategoryDetails>>;

public sealed record CategoryDetails(int Id, string Code, string NameRu, string NameKy, string NameEn, int SortOrder, bool IsActive, int Version)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<ProblemCategory, CategoryDetails>();
    }
}

public sealed class ListCategoriesHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<ListCategories, IReadOnlyList<CategoryDetails>>
{
    public async Task<IReadOnlyList<CategoryDetails>> Handle(ListCategories request, CancellationToken cancellationToken) =>
        await db.ProblemCategories.OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .ProjectTo<CategoryDetails>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
}
