using AutoMapper;
using AutoMapper.QueryableExtensions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Centres;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Administration.ListCentres;

[Authorize(Roles = Roles.Administrator)]
public sealed record ListCentres : IRequest<IReadOnlyList<CentreDetails>>;

/// <summary>A centre as administrators edit it: <see cref="Name"/> in Russian, beside its Kyrgyz and English names.</summary>
public sealed record CentreDetails(int Id, string Code, string Name, string NameKy, string NameEn, string City, string Address, string TimeZoneId, int Version)
{
    public LocalisedName Names => new() { Ru = Name, Ky = NameKy, En = NameEn };

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Centre, CentreDetails>();
    }
}

public sealed class ListCentresHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<ListCentres, IReadOnlyList<CentreDetails>>
{
    public async Task<IReadOnlyList<CentreDetails>> Handle(ListCentres request, CancellationToken cancellationToken) =>
        await db.Centres.OrderBy(c => c.Id)
            .ProjectTo<CentreDetails>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
}
