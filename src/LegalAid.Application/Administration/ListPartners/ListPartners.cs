using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Administration.ListPartners;

/// <summary>Every partner organisation, inactive ones included.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record ListPartners : IRequest<IReadOnlyList<PartnerDetails>>;

public sealed record PartnerDetails(int Id, string Name, string? Contact, bool IsActive);

public sealed class ListPartnersHandler(IApplicationDbContext db) : IRequestHandler<ListPartners, IReadOnlyList<PartnerDetails>>
{
    public async Task<IReadOnlyList<PartnerDetails>> Handle(ListPartners request, CancellationToken cancellationToken) =>
        await db.PartnerOrganisations.OrderBy(p => p.Name)
            .Select(p => new PartnerDetails(p.Id, p.Name, p.Contact, p.IsActive))
            .ToListAsync(cancellationToken);
}
