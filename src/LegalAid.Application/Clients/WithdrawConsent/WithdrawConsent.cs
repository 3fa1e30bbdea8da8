using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Clients.WithdrawConsent;

/// <summary>
/// The client withdraws their consent to the processing of their data. From then on they are flagged wherever they are
/// shown, and the next anonymisation run removes their personal data, whatever the retention period.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record WithdrawConsent : ICommand<int>, IVersionedChange
{
    public int Id { get; init; }

    public int Version { get; init; }

    /// <summary>The day at the centre the client withdrew it; today when not given.</summary>
    public DateOnly? ConsentWithdrawnOn { get; init; }
}

public sealed class WithdrawConsentValidator : AbstractValidator<WithdrawConsent>
{
    public WithdrawConsentValidator(TimeProvider clock) => RuleFor(w => w.ConsentWithdrawnOn).PastEventDate(clock);
}

public sealed class WithdrawConsentHandler(IApplicationDbContext db, IActorContext actors) : IRequestHandler<WithdrawConsent, int>
{
    public async Task<int> Handle(WithdrawConsent request, CancellationToken cancellationToken)
    {
        var client = (await db.Clients.Include(c => c.Centre).SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken))
            .ExpectVersion(request.Id, request.Version);
        var today = actors.At(client.Centre).Today;
        client.WithdrawConsent(request.ConsentWithdrawnOn ?? today, today);
        await db.SaveChangesAsync(cancellationToken);
        return client.Version;
    }
}
