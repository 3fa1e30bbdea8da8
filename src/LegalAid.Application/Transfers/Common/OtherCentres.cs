using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Transfers.GetTransferDraft;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Transfers.Common;

/// <summary>The centres a transfer may go to or be asked of: every one but the reader's own, in the order they were set up.</summary>
internal static class OtherCentres
{
    public static Task<List<DraftCentre>> ListAsync(IApplicationDbContext db, ICurrentUser user, CancellationToken cancellationToken) =>
        db.Centres.Where(c => c.Id != user.CentreId).OrderBy(c => c.Id)
            .Select(c => new DraftCentre(c.Id, c.Code, new LocalisedName { Ru = c.Name, Ky = c.NameKy, En = c.NameEn }))
            .ToListAsync(cancellationToken);
}
