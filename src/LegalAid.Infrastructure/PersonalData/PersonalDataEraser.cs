using LegalAid.Application.Common.Interfaces;
using LegalAid.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.PersonalData;

/// <summary>
/// Removes what every <see cref="ClientPersonalData"/> holder keeps of the clients, with bulk statements that leave no
/// before-values in the change audit, then destroys the clients' audit keys so nothing the trail sealed for them can be
/// read again. The documents' files go, and SQLite empties its write-ahead log, once the command commits (<see cref="PersonalDataCleanup"/>).
/// </summary>
internal sealed class PersonalDataEraser(LegalAidDbContext db, PersonalDataCleanup cleanup) : IPersonalDataEraser
{
    public async Task<int> EraseAsync(IReadOnlyCollection<int> clientIds, DateOnly today, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Personal data is removed inside a command's transaction, all of it or nothing.");
        }

        var clients = new IdList(clientIds);
        var cases = await db.Cases.IgnoreQueryFilters().Where(c => clients.Values.Contains(c.ClientId)).Select(c => c.Id).ToListAsync(cancellationToken);
        var removal = new PersonalDataRemoval(db, clients, new IdList(cases), today, cleanup);
        var changed = 0;
        foreach (var holder in ClientPersonalData.Holders)
        {
            changed += await holder.RemoveAsync(removal, cancellationToken);
        }

        await db.Keys.DestroyAsync(clientIds, cancellationToken);
        return changed;
    }
}
