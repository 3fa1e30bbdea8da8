using LegalAid.Application.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.CompleteDeadline;

/// <summary>
/// Marks a deadline done, as the reader saw it: a deadline moved or corrected meanwhile is a conflict, one already done
/// is refused as such.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record CompleteDeadline : ICommand<int>, IVersionedChange, ICaseChange
{
    public int CaseId { get; init; }

    bool ICaseChange.OnlyEndsWork => true;

    public int DeadlineId { get; init; }

    public int Version { get; init; }
}

public sealed class CompleteDeadlineHandler(IApplicationDbContext db, IActorContext actors) : IRequestHandler<CompleteDeadline, int>
{
    public async Task<int> Handle(CompleteDeadline request, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.IgnoreQueryFilters(QueryFilters.VoidedOnly).Include(c => c.Centre).Include(c => c.Deadlines.Where(d => d.Id == request.DeadlineId))
            .SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
            ?? throw new NotFoundException(nameof(Case), request.CaseId);
        var deadline = @case.Deadlines.SingleOrDefault() ?? throw new NotFoundException(nameof(Deadline), request.DeadlineId);

        // One already done is left to the domain's refusal, not called a conflict, so a second click on "done" is told
        // what happened; the version is compared before anything changes, so a refused request leaves nothing to save.
        if (!deadline.IsDone)
        {
            deadline.ExpectVersion(request.DeadlineId, request.Version);
        }

        @case.CompleteDeadline(deadline.Id, actors.At(@case.Centre));
        await db.SaveChangesAsync(cancellationToken);
        return deadline.Version;
    }
}
