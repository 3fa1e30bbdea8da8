using AutoMapper;
using FluentValidation;
using LegalAid.Application.Clients.Common;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Clients;
using LegalAid.Application.Resources;
using MediatR;

namespace LegalAid.Application.Clients.RegisterClient;

[Authorize(Roles = Roles.CaseWorkers)]
public sealed record RegisterClient : ClientFields, IIdempotentCommand<int>
{
    /// <summary>The centre registering the client; a lawyer's own centre when not given, and only that.</summary>
    public int? RegisteringCentreId { get; init; }

    /// <summary>The user has seen the possible duplicates and confirms this is a different person.</summary>
    public bool NotADuplicate { get; init; }
}

public sealed class RegisterClientValidator : AbstractValidator<RegisterClient>
{
    public RegisterClientValidator(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        Include(new ClientFieldsValidator(clock));
        // Left empty, it is the registering user's own centre. Each rule reads the property itself: a rule on a
        // computed value would compile its expression every time the validator is built, once per request.
        RuleFor(c => c.RegisteringCentreId).NotNull().WithRequiredMessage().When(_ => currentUser.CentreId is null)
            .Must(id => id is null || currentUser.CentreId is null || id == currentUser.CentreId).WithMessage(_ => Messages.OwnCentreOnly)
            .ExistingCentre(db).When(c => c.RegisteringCentreId is not null, ApplyConditionTo.CurrentValidator);
    }
}

public sealed class RegisterClientHandler(IApplicationDbContext db, IMapper mapper, IActorContext actors, ICurrentUser currentUser) : IRequestHandler<RegisterClient, int>
{
    public async Task<int> Handle(RegisterClient request, CancellationToken cancellationToken)
    {
        if (!request.NotADuplicate && await PossibleDuplicates.FindAsync(db, mapper, currentUser, request, null, cancellationToken) is { Any: true } duplicates)
        {
            throw new PossibleDuplicateException(duplicates);
        }

        var centre = await db.Centres.FindAsync([request.RegisteringCentreId ?? currentUser.CentreId], cancellationToken);
        var actor = actors.At(centre!);
        var client = new Client(request.ToDetails(actor.Today), centre!.Id, actor.NowUtc);
        db.Clients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return client.Id;
    }
}
