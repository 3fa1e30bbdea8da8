using FluentValidation;
using LegalAid.Application.Clients.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Clients.UpdateClient;

/// <summary>Edits a client; <see cref="Version"/> is the version the user loaded, so a stale edit is refused.</summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record UpdateClient : ClientFields, ICommand<int>
{
    public int Id { get; init; }

    public int Version { get; init; }
}

public sealed class UpdateClientValidator : AbstractValidator<UpdateClient>
{
    public UpdateClientValidator(TimeProvider clock) => Include(new ClientFieldsValidator(clock));
}

public sealed class UpdateClientHandler(IApplicationDbContext db, IActorContext actors) : IRequestHandler<UpdateClient, int>
{
    public async Task<int> Handle(UpdateClient request, CancellationToken cancellationToken)
    {
        var client = (await db.Clients.Include(c => c.RegisteringCentre).SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken))
            .ExpectVersion(request.Id, request.Version);
        client.Update(request.ToDetails(actors.At(client.RegisteringCentre).Today));
        await db.SaveChangesAsync(cancellationToken);
        return client.Version;
    }
}
