using LegalAid.Application.Common.Interfaces;
using LegalAid.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.PersonalData;

/// <summary>
/// Removes what every <see cref="ClientPersonalData"/> holder keeps of the clients, with bulk statements that leave no
/// before-values in the change audit, then destroys the clients' audit keys so nothing the trail sealed for them can be
/// read again. After the command commits, SQLite empties its write-ahead log (<see cref="LegalAidDbContext.RemovedPersonalData"/>).
/// </summary>
internal sealed class PersonalDataEraser(LegalAidDbContext db, IDocumentStore documents) : IPersonalDataEraser
{
    public async Task<int> EraseAsync(IReadOnlyCollection<int> clientIds, DateOnly today, CancellationToken cancellationToken)
    {
        var clients = new IdList(clientIds);
        var cases = await db.Cases.IgnoreQueryFilters().Where(c => clients.Values.Contains(c.ClientId)).Select(c => c.Id).ToListAsync(cancellationToken);
        var removal = new PersonalDataRemoval(db, clients, new IdList(cases), today, documents);
        var changed = 0;
        foreach (var holder in ClientPersonalData.Holders)
        {
            changed += await holder.RemoveAsync(removal, cancellationToken);
        }

        await db.Keys.DestroyAsync(clientIds, cancellationToken);
        db.RemovedPersonalData = true;
        return changed;
    }
}
