using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Transfers.Common;
using LegalAid.Application.Transfers.GetTransferDraft;
using MediatR;

namespace LegalAid.Application.Transfers.ListOtherCentres;

/// <summary>The centres a case worker may ask for a client: every one but their own.</summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record ListOtherCentres : IRequest<IReadOnlyList<DraftCentre>>;

public sealed class ListOtherCentresHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<ListOtherCentres, IReadOnlyList<DraftCentre>>
{
    public async Task<IReadOnlyList<DraftCentre>> Handle(ListOtherCentres request, CancellationToken cancellationToken) =>
        await OtherCentres.ListAsync(db, user, cancellationToken);
}
