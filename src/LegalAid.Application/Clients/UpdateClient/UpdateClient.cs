using FluentValidation;
using LegalAid.Application.Clients.Common;
using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Clients;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Clients.UpdateClient;

/// <summary>Edits a client; <see cref="Version"/> is the version the user loaded, so a stale edit is refused.</summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record UpdateClient : ClientFields, ICommand<int>, IVersionedChange
{
    public int Id { get; init; }

    public int Version { get; init; }

    /// <summary>The edit of the client as read: what the edit form starts from.</summary>
    public static UpdateClient From(ClientDto client) => new()
    {
        Id = client.Id,
        Version = client.Version,
        FamilyName = client.FamilyName,
        GivenName = client.GivenName,
        Patronymic = client.Patronymic,
        LatinName = client.LatinName,
        Sex = client.Sex,
        DateOfBirth = client.BirthDate,
        BirthYear = client.BirthDate is null ? client.BirthYear : null,
        Citizenship = client.Citizenship,
        Phone = client.PhoneDisplay,
        MessengerContact = client.MessengerContact,
        RegionOfOrigin = client.RegionOfOrigin,
        PreferredLanguage = client.PreferredLanguage,
        ConsentGivenOn = client.ConsentGivenOn,
        ConsentScopes = client.ConsentScopes,
    };
}

public sealed class UpdateClientValidator : AbstractValidator<UpdateClient>
{
    public UpdateClientValidator(TimeProvider clock) => Include(new ClientFieldsValidator(clock));
}

public sealed class UpdateClientHandler(IApplicationDbContext db, IActorContext actors, ICurrentUser user) : IRequestHandler<UpdateClient, int>
{
    public async Task<int> Handle(UpdateClient request, CancellationToken cancellationToken)
    {
        var client = (await db.Clients.Include(c => c.Centre).SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken))
            .ExpectVersion(request.Id, request.Version);
        user.EnsureHeldBy(client.CentreId, nameof(request.Id));
        client.Update(request.ToDetails(actors.At(client.Centre).Today));
        await db.SaveChangesAsync(cancellationToken);
        return client.Version;
    }
}
