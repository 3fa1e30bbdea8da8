using AutoMapper;
using AutoMapper.QueryableExtensions;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Clients;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Clients.GetClient;

[Authorize(Roles = Roles.CaseWorkers)]
public sealed record GetClient(int Id) : IRequest<ClientDto>, IAuditedRequest
{
    public string AuditEntityType => nameof(Client);

    public string? AuditEntityId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class GetClientHandler(IApplicationDbContext db, IMapper mapper, ICurrentUser user, IActorContext actors) : IRequestHandler<GetClient, ClientDto>
{
    public async Task<ClientDto> Handle(GetClient request, CancellationToken cancellationToken)
    {
        var client = await db.Clients.Where(c => c.Id == request.Id)
            .ProjectTo<ClientDto>(mapper.ConfigurationProvider)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Client), request.Id);

        var cases = await db.Cases.Where(c => c.ClientId == request.Id)
            .OrderByDescending(c => c.OpenedOn).ThenByDescending(c => c.Id)
            .ProjectTo<ClientCaseItem>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);

        var centre = await actors.CentreAsync(client.CentreId, cancellationToken);
        return client with { Cases = cases, HeldByReadersCentre = client.CentreId == user.CentreId, CentreToday = actors.At(centre).Today };
    }
}
