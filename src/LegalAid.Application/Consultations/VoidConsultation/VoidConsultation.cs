using FluentValidation;
using LegalAid.Application.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Consultations.Common;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Consultations.VoidConsultation;

/// <summary>
/// Voids a consultation with a reason (logged on the wrong case, twice, never held): it leaves statistics, reports and
/// the desk, with the call back promised there (see <see cref="Case.VoidConsultation"/>), and shows struck through in
/// the case file's "show voided" view. Its author or a coordinator only.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record VoidConsultation : ICommand<int>, IVersionedChange, ICaseChange
{
    public int CaseId { get; init; }

    public int ConsultationId { get; init; }

    public int Version { get; init; }

    public string? Reason { get; init; }
}

public sealed class VoidConsultationValidator : AbstractValidator<VoidConsultation>
{
    public VoidConsultationValidator() => RuleFor(v => v.Reason).VoidReason();
}

public sealed class VoidConsultationHandler(IApplicationDbContext db, IActorContext actors, ICurrentUser currentUser) : IRequestHandler<VoidConsultation, int>
{
    public async Task<int> Handle(VoidConsultation request, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.IgnoreQueryFilters(QueryFilters.VoidedOnly).Include(c => c.Centre)
            .Include(c => c.Consultations.Where(x => x.Id == request.ConsultationId)).ThenInclude(x => x.FollowUps)
            .Include(c => c.Consultations.Where(x => x.Id == request.ConsultationId)).ThenInclude(x => x.KeptCallBacks)
            .SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
            ?? throw new NotFoundException(nameof(Case), request.CaseId);
        var consultation = @case.Consultations.SingleOrDefault().ExpectVersion(request.ConsultationId, request.Version);
        currentUser.EnsureMayCorrectConsultationOf(consultation.LawyerId);

        @case.VoidConsultation(consultation.Id, request.Reason, actors.At(@case.Centre));
        await db.SaveChangesAsync(cancellationToken);
        return consultation.Version;
    }
}
