using System.Globalization;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Transfers.Common;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Transfers.GetTransferDraft;

/// <summary>What the holding centre's coordinator chooses from when sending a client: the client's open cases here, and the other centres.</summary>
[Authorize(Roles = Roles.Coordinator)]
public sealed record GetTransferDraft(int ClientId) : IRequest<TransferDraft>, IAuditedRequest
{
    public string AuditEntityType => nameof(Client);

    public string? AuditEntityId => ClientId.ToString(CultureInfo.InvariantCulture);
}

public sealed record TransferDraft(int ClientId, string ClientName, IReadOnlyList<DraftCase> OpenCases, IReadOnlyList<DraftCentre> Centres);

public sealed record DraftCase(int Id, string Number, LocalisedName PrimaryCategory, DateOnly OpenedOn);

public sealed record DraftCentre(int Id, string Code, LocalisedName Name);

public sealed class GetTransferDraftHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetTransferDraft, TransferDraft>
{
    public async Task<TransferDraft> Handle(GetTransferDraft request, CancellationToken cancellationToken)
    {
        var client = await db.Clients.Where(c => c.Id == request.ClientId && c.CentreId == user.CentreId).Select(c => new { c.Id, c.Name }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Client), request.ClientId);
        var cases = await db.Cases.Where(c => c.ClientId == client.Id && c.CentreId == user.CentreId && c.Status == CaseStatus.Open)
            .OrderBy(c => c.OpenedOn).ThenBy(c => c.Id)
            .Select(c => new DraftCase(c.Id, c.Number, new LocalisedName { Ru = c.PrimaryCategory.NameRu, Ky = c.PrimaryCategory.NameKy, En = c.PrimaryCategory.NameEn }, c.OpenedOn))
            .ToListAsync(cancellationToken);
        return new TransferDraft(client.Id, client.Name.FullName, cases, await OtherCentres.ListAsync(db, user, cancellationToken));
    }
}
