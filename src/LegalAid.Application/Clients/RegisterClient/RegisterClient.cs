using FluentValidation;
using LegalAid.Application.Clients.Common;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Clients;
using MediatR;

namespace LegalAid.Application.Clients.RegisterClient;

public sealed record RegisterClient : ClientFields, ICommand<int>
{
    public int RegisteringCentreId { get; init; }
}

public sealed class RegisterClientValidator : AbstractValidator<RegisterClient>
{
    public RegisterClientValidator(IApplicationDbContext db)
    {
        Include(new ClientFieldsValidator());
        RuleFor(c => c.RegisteringCentreId).ExistingCentre(db);
    }
}

public sealed class RegisterClientHandler(IApplicationDbContext db, IActorContext actors) : IRequestHandler<RegisterClient, int>
{
    public async Task<int> Handle(RegisterClient request, CancellationToken cancellationToken)
    {
        var centre = await db.Centres.FindAsync([request.RegisteringCentreId], cancellationToken);
        var actor = actors.At(centre!);
        var client = new Client(request.ToDetails(actor.Today), centre!.Id, actor.NowUtc);
        db.Clients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return client.Id;
    }
}
