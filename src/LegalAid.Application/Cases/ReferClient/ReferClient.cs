using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.ReferClient;

/// <summary>Records that the client was sent to a partner organisation.</summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record ReferClient : ICommand<int>
{
    public int CaseId { get; init; }

    public int PartnerId { get; init; }

    /// <summary>Today at the centre when not given.</summary>
    public DateOnly? ReferredOn { get; init; }

    public string? Note { get; init; }
}

public sealed class ReferClientValidator : AbstractValidator<ReferClient>
{
    public ReferClientValidator(IApplicationDbContext db, TimeProvider clock)
    {
        RuleFor(r => r.PartnerId).MustAsync((id, ct) => db.PartnerOrganisations.AnyAsync(p => p.Id == id && p.IsActive, ct))
            .WithMessage(_ => Messages.UnknownPartner);
        RuleFor(r => r.ReferredOn).EventDate(clock);
        RuleFor(r => r.Note).FreeText(Referral.NoteMaxLength);
    }
}

public sealed class ReferClientHandler(IApplicationDbContext db, IActorContext actors) : IRequestHandler<ReferClient, int>
{
    public async Task<int> Handle(ReferClient request, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.Include(c => c.Centre).SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
            ?? throw new NotFoundException(nameof(Case), request.CaseId);
        var actor = actors.At(@case.Centre);
        var referral = @case.Refer(request.PartnerId, request.ReferredOn ?? actor.Today, request.Note, actor);
        await db.SaveChangesAsync(cancellationToken);
        return referral.Id;
    }
}
