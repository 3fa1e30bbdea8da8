using LegalAid.Application.Common.Auditing;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Transfers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Transfers.ListTransfers;

/// <summary>
/// The transfers into and out of the coordinator's centre, those waiting for their decision first; a lawyer sees the
/// requests they made. A client's name shows only to a centre that may see the client: never to the receiving
/// centre before it accepts. Every view of the list is audited.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record ListTransfers(int PageNumber = 1, int PageSize = 20) : IRequest<TransferList>, IPageRequest, IAuditedRequest
{
    public string AuditEntityType => nameof(ClientTransfer);

    public string? AuditEntityId => null;

    public string? AuditDetails => AuditedFilters.Describe(new { PageNumber });
}

/// <param name="TimeZoneId">The reader's centre's time zone, which the moments are shown in.</param>
public sealed record TransferList(PagedList<TransferItem> Transfers, int AwaitingMe, string TimeZoneId);

public sealed record TransferItem(
    int Id,
    TransferStatus Status,
    bool IsIncoming,
    string FromCentreCode,
    string ToCentreCode,
    int? ClientId,
    string? ClientName,
    string? SoughtName,
    int? SoughtBirthYear,
    int CaseCount,
    DateTime ChangedAtUtc,
    bool AwaitsMe);

public sealed class ListTransfersValidator : FluentValidation.AbstractValidator<ListTransfers>
{
    public ListTransfersValidator() => Include(new PageRequestValidator());
}

public sealed class ListTransfersHandler(IApplicationDbContext db, ICurrentUser user, IActorContext actors) : IRequestHandler<ListTransfers, TransferList>
{
    public async Task<TransferList> Handle(ListTransfers request, CancellationToken cancellationToken)
    {
        var centre = user.CentreId!.Value;
        var isCoordinator = user.IsInRole(Roles.Coordinator);
        var transfers = isCoordinator ? db.ClientTransfers : db.ClientTransfers.Where(t => t.RequestedByStaffMemberId == user.StaffMemberId);
        var awaiting = ClientTransfer.AwaitingDecisionBy(centre);
        var awaitingIds = isCoordinator ? transfers.Where(awaiting).Select(t => t.Id) : transfers.Where(t => false).Select(t => t.Id);

        var page = await transfers
            .OrderByDescending(t => awaitingIds.Contains(t.Id))
            .ThenByDescending(t => t.Status == TransferStatus.Requested || t.Status == TransferStatus.Proposed)
            .ThenByDescending(t => t.DecidedAtUtc ?? t.ProposedAtUtc ?? t.RequestedAtUtc)
            .ThenByDescending(t => t.Id)
            .Select(t => new TransferItem(
                t.Id,
                t.Status,
                t.ToCentreId == centre,
                db.Centres.Where(c => c.Id == t.FromCentreId).Select(c => c.Code).Single(),
                db.Centres.Where(c => c.Id == t.ToCentreId).Select(c => c.Code).Single(),
                t.Client == null ? null : t.ClientId,
                t.Client == null ? null : t.Client.Name.FamilyName + " " + t.Client.Name.GivenName,
                t.Sought == null ? null : t.Sought.Patronymic == null
                    ? t.Sought.FamilyName + " " + t.Sought.GivenName
                    : t.Sought.FamilyName + " " + t.Sought.GivenName + " " + t.Sought.Patronymic,
                t.Sought == null ? null : t.Sought.BirthYear,
                t.Cases.Count,
                (t.DecidedAtUtc ?? t.ProposedAtUtc ?? t.RequestedAtUtc)!.Value,
                awaitingIds.Contains(t.Id)))
            .ToPagedListAsync(request, cancellationToken);

        return new TransferList(page, isCoordinator ? await transfers.CountAsync(awaiting, cancellationToken) : 0, (await actors.HomeCentreAsync(cancellationToken)).TimeZoneId);
    }
}
