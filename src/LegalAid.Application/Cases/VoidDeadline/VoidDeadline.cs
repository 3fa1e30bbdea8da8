using FluentValidation;
using LegalAid.Application.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.VoidDeadline;

/// <summary>Voids a deadline with a reason (entered by mistake, the hearing was cancelled): it leaves the desk and the reports.</summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record VoidDeadline : ICommand<int>, IVersionedChange, ICaseChange
{
    public int CaseId { get; init; }

    public int DeadlineId { get; init; }

    public int Version { get; init; }

    public string? Reason { get; init; }
}

public sealed class VoidDeadlineValidator : AbstractValidator<VoidDeadline>
{
    public VoidDeadlineValidator() => RuleFor(v => v.Reason).VoidReason();
}

public sealed class VoidDeadlineHandler(IApplicationDbContext db, IActorContext actors) : IRequestHandler<VoidDeadline, int>
{
    public async Task<int> Handle(VoidDeadline request, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.IgnoreQueryFilters(QueryFilters.VoidedOnly).Include(c => c.Centre).Include(c => c.Deadlines.Where(d => d.Id == request.DeadlineId))
            .SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
            ?? throw new NotFoundException(nameof(Case), request.CaseId);
        var deadline = @case.Deadlines.SingleOrDefault().ExpectVersion(request.DeadlineId, request.Version);

        deadline.Void(request.Reason, actors.At(@case.Centre));
        await db.SaveChangesAsync(cancellationToken);
        return deadline.Version;
    }
}
