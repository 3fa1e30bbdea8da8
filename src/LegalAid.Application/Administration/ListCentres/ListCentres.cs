using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Administration.ListCentres;

[Authorize(Roles = Roles.Administrator)]
public sealed record ListCentres : IRequest<IReadOnlyList<CentreDetails>>;

public sealed record CentreDetails(int Id, string Code, string Name, string City, string Address, string TimeZoneId);

public sealed class ListCentresHandler(IApplicationDbContext db) : IRequestHandler<ListCentres, IReadOnlyList<CentreDetails>>
{
    public async Task<IReadOnlyList<CentreDetails>> Handle(ListCentres request, CancellationToken cancellationToken) =>
        await db.Centres.OrderBy(c => c.Id)
            .Select(c => new CentreDetails(c.Id, c.Code, c.Name, c.City, c.Address, c.TimeZoneId))
            .ToListAsync(cancellationToken);
}
