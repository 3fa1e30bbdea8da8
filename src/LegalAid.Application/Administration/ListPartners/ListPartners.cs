using AutoMapper;
using AutoMapper.QueryableExtensions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Partners;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Administration.ListPartners;

/// <summary>Every partner organisation, inactive ones included.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record ListPartners : IRequest<IReadOnlyList<PartnerDetails>>;

/// <summary>A partner organisation as administrators edit it: <see cref="Name"/> in Russian, beside its Kyrgyz and English names.</summary>
public sealed record PartnerDetails(int Id, string Name, string NameKy, string NameEn, string? Contact, bool IsActive, int Version)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<PartnerOrganisation, PartnerDetails>();
    }
}

public sealed class ListPartnersHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<ListPartners, IReadOnlyList<PartnerDetails>>
{
    public async Task<IReadOnlyList<PartnerDetails>> Handle(ListPartners request, CancellationToken cancellationToken) =>
        await db.PartnerOrganisations.OrderBy(p => p.Name)
            .ProjectTo<PartnerDetails>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
}
