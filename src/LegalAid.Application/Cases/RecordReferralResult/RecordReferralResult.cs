using FluentValidation;
using LegalAid.Application.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.RecordReferralResult;

[Authorize(Roles = Roles.CaseWorkers)]
public sealed record RecordReferralResult : ICommand<int>, IVersionedChange, ICaseChange
{
    public int CaseId { get; init; }

    public int ReferralId { get; init; }

    /// <summary>The referral's version as read: a result someone recorded meanwhile is not overwritten unseen.</summary>
    public int Version { get; init; }

    public ReferralResult? Result { get; init; }

    /// <summary>Today at the centre when not given.</summary>
    public DateOnly? ResultOn { get; init; }

    public string? Note { get; init; }
}

public sealed class RecordReferralResultValidator : AbstractValidator<RecordReferralResult>
{
    public RecordReferralResultValidator(TimeProvider clock)
    {
        RuleFor(r => r.Result).Choice();
        RuleFor(r => r.ResultOn).PastEventDate(clock);
        RuleFor(r => r.Note).FreeText(Referral.NoteMaxLength);
    }
}

public sealed class RecordReferralResultHandler(IApplicationDbContext db, IActorContext actors) : IRequestHandler<RecordReferralResult, int>
{
    public async Task<int> Handle(RecordReferralResult request, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.IgnoreQueryFilters(QueryFilters.VoidedOnly).Include(c => c.Centre).Include(c => c.Referrals.Where(r => r.Id == request.ReferralId))
            .SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
            ?? throw new NotFoundException(nameof(Case), request.CaseId);
        var referral = @case.Referrals.SingleOrDefault().ExpectVersion(request.ReferralId, request.Version);

        var actor = actors.At(@case.Centre);
        @case.RecordReferralResult(request.ReferralId, request.Result!.Value, request.ResultOn ?? actor.Today, request.Note, actor);
        await db.SaveChangesAsync(cancellationToken);
        return referral.Version;
    }
}
