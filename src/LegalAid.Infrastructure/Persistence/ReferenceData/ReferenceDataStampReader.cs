using LegalAid.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Persistence.ReferenceData;

internal sealed class ReferenceDataStampReader(LegalAidDbContext db) : IReferenceDataStamp
{
    public Task<Guid> CurrentAsync(CancellationToken cancellationToken) =>
        db.ReferenceDataStamps.Where(s => s.Id == ReferenceDataStamp.RowId).Select(s => s.Value).SingleAsync(cancellationToken);
}
