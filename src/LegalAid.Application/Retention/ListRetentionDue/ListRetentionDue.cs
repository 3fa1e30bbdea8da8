using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Retention.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LegalAid.Application.Retention.ListRetentionDue;

/// <summary>The clients whose personal data is due for anonymisation today (the first <see cref="ListRules.MaxValues"/>), without anything that names them.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record ListRetentionDue : IRequest<RetentionOverview>;

/// <summary>
/// The retention period, the first day still kept, how many clients are due and the first of them, and how many transfer
/// requests that never named a client still keep the person sought past it.
/// </summary>
public sealed record RetentionOverview(int YearsAfterLastCase, DateOnly KeptSince, int TotalDue, IReadOnlyList<RetentionDueClient> Clients, int RequestsDue)
{
    public bool AnythingDue => TotalDue > 0 || RequestsDue > 0;
}

public sealed class ListRetentionDueHandler(IApplicationDbContext db, IActorContext actor, IOptions<RetentionOptions> options)
    : IRequestHandler<ListRetentionDue, RetentionOverview>
{
    public async Task<RetentionOverview> Handle(ListRetentionDue request, CancellationToken cancellationToken)
    {
        var years = options.Value.YearsAfterLastCase;
        var today = actor.At(await actor.HomeCentreAsync(cancellationToken)).Today;
        var centres = await db.Centres.ToDictionaryAsync(c => c.Id, cancellationToken);
        var due = RetentionRule.Due(db, today, years, centres.Values);
        var clients = await due.Described(db).Take(ListRules.MaxValues).ToListAsync(cancellationToken);
        return new RetentionOverview(
            years,
            RetentionRule.KeptSince(today, years),
            await due.CountAsync(cancellationToken),
            [.. clients.Select(c => c with { RegisteredOn = centres[c.CentreId].LocalDate(c.RegisteredAtUtc) })],
            await RetentionRule.UnmatchedRequestsDue(db, today, years).CountAsync(cancellationToken));
    }
}
