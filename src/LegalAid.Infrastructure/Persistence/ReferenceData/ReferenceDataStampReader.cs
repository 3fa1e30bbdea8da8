using LegalAid.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Persistence.ReferenceData;

internal sealed class ReferenceDataStampReader(LegalAidDbContext db) : IReferenceDataStamp
{
    /// <summary>Compiled once: nearly every page reads the stamp, and LINQ's per-call translation showed in profiles.</summary>
    private static readonly Func<LegalAidDbContext, CancellationToken, Task<Guid>> Current =
        EF.CompileAsyncQuery((LegalAidDbContext db, CancellationToken _) =>
            db.ReferenceDataStamps.Where(s => s.Id == ReferenceDataStamp.RowId).Select(s => s.Value).Single());

    public Task<Guid> CurrentAsync(CancellationToken cancellationToken) => Current(db, cancellationToken);
}
