using LegalAid.Application.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.CompleteDeadline;

[Authorize(Roles = Roles.CaseWorkers)]
public sealed record CompleteDeadline(int CaseId, int DeadlineId) : ICommand<Unit>;

public sealed class CompleteDeadlineHandler(IApplicationDbContext db, IActorContext actors) : IRequestHandler<CompleteDeadline, Unit>
{
    public async Task<Unit> Handle(CompleteDeadline request, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.IgnoreQueryFilters(QueryFilters.VoidedOnly).Include(c => c.Centre).Include(c => c.Deadlines.Where(d => d.Id == request.DeadlineId))
            .SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
            ?? throw new NotFoundException(nameof(Case), request.CaseId);
        if (@case.Deadlines.Count == 0)
        {
            throw new NotFoundException(nameof(Deadline), request.DeadlineId);
        }

        @case.CompleteDeadline(request.DeadlineId, actors.At(@case.Centre));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
