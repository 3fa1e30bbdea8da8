using System.Globalization;
using AutoMapper;
using LegalAid.Application.Clients.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Transfers.Common;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Transfers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Transfers.GetTransfer;

/// <summary>
/// One transfer as either centre sees it, with what the reader may do next. The client and the cases show only to a
/// centre that may see them (the receiving centre sees how many cases, not which, until it accepts); the holding
/// centre's coordinator answering a request sees which of their clients match the person sought.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record GetTransfer(int Id) : IRequest<TransferDto>, IAuditedRequest
{
    public string AuditEntityType => nameof(ClientTransfer);

    public string? AuditEntityId => Id.ToString(CultureInfo.InvariantCulture);
}

public sealed record TransferDto
{
    public int Id { get; init; }

    public int Version { get; init; }

    public TransferStatus Status { get; init; }

    public int FromCentreId { get; init; }

    public LocalisedName FromCentreName { get; init; } = new();

    public int ToCentreId { get; init; }

    public LocalisedName ToCentreName { get; init; } = new();

    public int? ClientId { get; init; }

    public string? ClientName { get; init; }

    public PersonSought? Sought { get; init; }

    public string? RequestNote { get; init; }

    public string? RequestedBy { get; init; }

    public DateTime? RequestedAtUtc { get; init; }

    /// <summary>The reader's centre's time zone, which the moments are shown in.</summary>
    public string TimeZoneId { get; init; } = string.Empty;

    public string? ProposalNote { get; init; }

    public string? ProposedBy { get; init; }

    public DateTime? ProposedAtUtc { get; init; }

    public string? DecisionNote { get; init; }

    public string? DecidedBy { get; init; }

    public DateTime? DecidedAtUtc { get; init; }

    public int CaseCount { get; init; }

    /// <summary>The chosen cases the reader may see.</summary>
    public IReadOnlyList<TransferCaseItem> Cases { get; init; } = [];

    public bool MayDecide { get; init; }

    public bool MayWithdraw { get; init; }

    /// <summary>For the holding centre's coordinator answering a request: their clients who may be the person sought.</summary>
    public IReadOnlyList<DuplicateCandidate> Candidates { get; init; } = [];
}

public sealed record TransferCaseItem(int Id, string Number, LocalisedName PrimaryCategory, CaseStatus Status, string Lawyer);

public sealed class GetTransferHandler(IApplicationDbContext db, IMapper mapper, ICurrentUser user, IActorContext actors) : IRequestHandler<GetTransfer, TransferDto>
{
    public async Task<TransferDto> Handle(GetTransfer request, CancellationToken cancellationToken)
    {
        var transfer = await db.ClientTransfers.AsNoTracking().Include(t => t.Cases).SingleOrDefaultAsync(t => t.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(ClientTransfer), request.Id);
        if (!user.IsInRole(Roles.Coordinator) && transfer.RequestedByStaffMemberId != user.StaffMemberId)
        {
            throw new NotFoundException(nameof(ClientTransfer), request.Id);
        }

        var caseIds = transfer.Cases.Select(c => c.CaseId).ToList();
        var names = await db.StaffMembers
            .Where(s => s.Id == transfer.RequestedByStaffMemberId || s.Id == transfer.ProposedByStaffMemberId || s.Id == transfer.DecidedByStaffMemberId)
            .ToDictionaryAsync(s => s.Id, s => s.FullName, cancellationToken);
        var centres = await db.Centres.Where(c => c.Id == transfer.FromCentreId || c.Id == transfer.ToCentreId).ToDictionaryAsync(c => c.Id, LocalisedName.Of, cancellationToken);
        var mayDecide = transfer.MayDecide(user);
        var client = await db.Clients.Where(c => c.Id == transfer.ClientId).Select(c => new { c.Id, c.Name }).SingleOrDefaultAsync(cancellationToken);

        return new TransferDto
        {
            Id = transfer.Id,
            Version = transfer.Version,
            Status = transfer.Status,
            FromCentreId = transfer.FromCentreId,
            FromCentreName = centres[transfer.FromCentreId],
            ToCentreId = transfer.ToCentreId,
            ToCentreName = centres[transfer.ToCentreId],
            ClientId = client?.Id,
            ClientName = client?.Name.FullName,
            Sought = transfer.Sought,
            RequestNote = transfer.RequestNote,
            RequestedBy = NameOf(names, transfer.RequestedByStaffMemberId),
            RequestedAtUtc = transfer.RequestedAtUtc,
            TimeZoneId = (await actors.HomeCentreAsync(cancellationToken)).TimeZoneId,
            ProposalNote = transfer.ProposalNote,
            ProposedBy = NameOf(names, transfer.ProposedByStaffMemberId),
            ProposedAtUtc = transfer.ProposedAtUtc,
            DecisionNote = transfer.DecisionNote,
            DecidedBy = NameOf(names, transfer.DecidedByStaffMemberId),
            DecidedAtUtc = transfer.DecidedAtUtc,
            CaseCount = caseIds.Count,
            Cases = await db.Cases.Where(c => caseIds.Contains(c.Id)).OrderBy(c => c.Number)
                .Select(c => new TransferCaseItem(c.Id, c.Number, new LocalisedName { Ru = c.PrimaryCategory.NameRu, Ky = c.PrimaryCategory.NameKy, En = c.PrimaryCategory.NameEn }, c.Status, c.AssignedLawyer.FullName))
                .ToListAsync(cancellationToken),
            MayDecide = mayDecide,
            MayWithdraw = transfer.MayWithdraw(user),
            Candidates = mayDecide && transfer is { Status: TransferStatus.Requested, Sought: { } sought }
                ? (await PossibleDuplicates.FindAsync(db, mapper, user, sought.FamilyName, sought.GivenName, sought.Phone, null, sought.BirthDate, null, cancellationToken)).AtMyCentre
                : [],
        };
    }

    private static string? NameOf(Dictionary<int, string> names, int? staffMemberId) =>
        staffMemberId is { } id ? names.GetValueOrDefault(id) : null;
}
