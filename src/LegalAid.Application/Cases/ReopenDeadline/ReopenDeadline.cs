using LegalAid.Application.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.ReopenDeadline;

/// <summary>Undoes "done" on a deadline marked done by mistake: it is pending (and on the desk) again.</summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record ReopenDeadline : ICommand<int>, IVersionedChange
{
    public int CaseId { get; init; }

    public int DeadlineId { get; init; }

    public int Version { get; init; }
}

public sealed class ReopenDeadlineHandler(IApplicationDbContext db) : IRequestHandler<ReopenDeadline, int>
{
    public async Task<int> Handle(ReopenDeadline request, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.IgnoreQueryFilters(QueryFilters.VoidedOnly).Include(c => c.Deadlines.Where(d => d.Id == request.DeadlineId))
            .SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
            ?? throw new NotFoundException(nameof(Case), request.CaseId);
        var deadline = @case.Deadlines.SingleOrDefault().ExpectVersion(request.DeadlineId, request.Version);

        deadline.Reopen();
        await db.SaveChangesAsync(cancellationToken);
        return deadline.Version;
    }
}
