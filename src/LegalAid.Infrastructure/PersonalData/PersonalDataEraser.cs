using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Statistics.Engine.Packs;
using LegalAid.Domain.Imports;
using LegalAid.Domain.Transfers;
using LegalAid.Infrastructure.Persistence.StatisticsPacks;
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
        EnsureInsideTransaction();
        var clients = new IdList(clientIds);
        await DiscardUploadedSpreadsheetsAsync(clients, cancellationToken);
        var cases = await db.Cases.IgnoreQueryFilters().Where(c => clients.Values.Contains(c.ClientId)).Select(c => c.Id).ToListAsync(cancellationToken);
        var removal = new PersonalDataRemoval(db, clients, new IdList(cases), today, cleanup);
        var changed = 0;
        foreach (var holder in ClientPersonalData.Holders)
        {
            changed += await holder.RemoveAsync(removal, cancellationToken);
        }

        // The exact birth dates went, and with them the age bands statistics read from the clients' packs.
        await StatisticsPackStore.InvalidateAsync(db, clientIds.Select(PackSegment.ClientsOf).ToList(), cancellationToken);
        await db.Keys.DestroyAsync(clientIds, cancellationToken);
        return changed;
    }

    public async Task<int> ForgetPeopleSoughtAsync(IReadOnlyCollection<int> transferIds, CancellationToken cancellationToken)
    {
        EnsureInsideTransaction();
        var transfers = new IdList(transferIds);
        var changed = await db.ClientTransfers.IgnoreQueryFilters()
            .Where(t => t.ClientId == null && transfers.Values.Contains(t.Id))
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(t => t.Sought, (PersonSought?)null)
                    .SetProperty(t => t.RequestNote, (string?)null)
                    .SetProperty(t => t.DecisionNote, (string?)null)
                    .SetProperty(t => t.Version, t => t.Version + 1),
                cancellationToken);
        // No files to delete, but SQLite's write-ahead log still holds the rows as they were until it is emptied.
        cleanup.AfterCommit([]);
        return changed;
    }

    /// <summary>The cleanup runs when the command's transaction commits: outside one, the log would keep what was removed.</summary>
    private void EnsureInsideTransaction()
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Personal data is removed inside a command's transaction, all of it or nothing.");
        }
    }

    /// <summary>
    /// An uploaded spreadsheet and its rejected rows may hold anyone of its centre, imported or not: those of the clients'
    /// centres go. The import reports stay (counts, and the problems by row and column).
    /// </summary>
    private async Task DiscardUploadedSpreadsheetsAsync(IdList clients, CancellationToken cancellationToken)
    {
        var centres = await db.Clients.IgnoreQueryFilters().Where(c => clients.Values.Contains(c.Id)).Select(c => c.CentreId).Distinct().ToListAsync(cancellationToken);
        await db.DataImports.IgnoreQueryFilters()
            .Where(i => centres.Contains(i.CentreId) && (i.Content != null || i.Rejects != null))
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(i => i.Content, (byte[]?)null)
                    .SetProperty(i => i.Rejects, (byte[]?)null)
                    .SetProperty(i => i.Status, i => i.Status == ImportStatus.Imported ? ImportStatus.Imported : ImportStatus.Discarded)
                    .SetProperty(i => i.Version, i => i.Version + 1),
                cancellationToken);
    }
}
