using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Centres;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// Increments the counter row with one UPDATE inside the command's transaction: the row lock
/// (SQL Server) or the write lock (SQLite) makes concurrent openings wait, so no two get the
/// same number; a rolled-back opening gives its number back before anyone could see it.
/// </summary>
internal sealed class CaseNumberAllocator(LegalAidDbContext db) : ICaseNumberAllocator
{
    private const string BeforeNewCounter = "BeforeNewCaseNumberCounter";

    public Task<CaseNumber> NextAsync(Centre centre, int year, CancellationToken cancellationToken) =>
        ReserveAsync(centre, year, 1, cancellationToken);

    public async Task<CaseNumber> ReserveAsync(Centre centre, int year, int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var counter = db.CaseNumberCounters.Where(c => c.CentreId == centre.Id && c.Year == year);
        var updated = await counter.ExecuteUpdateAsync(s => s.SetProperty(c => c.LastSequence, c => c.LastSequence + count), cancellationToken);
        if (updated == 0)
        {
            var first = new CaseNumberCounter { CentreId = centre.Id, Year = year, LastSequence = count };
            db.CaseNumberCounters.Add(first);
            var transaction = db.Database.CurrentTransaction;
            if (transaction is not null)
            {
                await transaction.CreateSavepointAsync(BeforeNewCounter, cancellationToken);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);

                // Left open, it would make SQLite journal every later statement of the command against it.
                if (transaction is not null)
                {
                    await transaction.ReleaseSavepointAsync(BeforeNewCounter, cancellationToken);
                }

                return new CaseNumber(centre.Code, year, 1);
            }
            catch (DbUpdateException)
            {
                // Another transaction created the year's counter first (SQL Server only; SQLite
                // serialises writers): undo this save and take the next numbers from that counter.
                if (transaction is not null)
                {
                    await transaction.RollbackToSavepointAsync(BeforeNewCounter, cancellationToken);
                }

                db.Entry(first).State = EntityState.Detached;
                return await ReserveAsync(centre, year, count, cancellationToken);
            }
        }

        var last = await counter.AsNoTracking().Select(c => c.LastSequence).SingleAsync(cancellationToken);
        return new CaseNumber(centre.Code, year, last - count + 1);
    }
}
