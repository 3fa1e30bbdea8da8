using LegalAid.Application.Desk.Common;
using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// Keeps <see cref="Case.NextDueOn"/>: the deadlines a save adds, changes or removes are captured before it, and their
/// cases' next due day is read again from the pending deadlines (<see cref="DueWork.IsPending"/>) after it, in its
/// transaction. Captured as records rather than ids: a new case's deadlines know its id only once it is saved.
/// </summary>
internal sealed class NextDueChanges
{
    private readonly List<Deadline> deadlines;

    private NextDueChanges(List<Deadline> deadlines) => this.deadlines = deadlines;

    public static NextDueChanges Capture(ChangeTracker tracker) =>
        new(tracker.Entries<Deadline>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).Select(e => e.Entity).ToList());

    /// <summary>The deadlines among records inserted in bulk, untracked (<see cref="BulkInsert"/>).</summary>
    public static NextDueChanges Inserted(IEnumerable<(object Entity, IEntityType Type)> rows) =>
        new(rows.Select(r => r.Entity).OfType<Deadline>().ToList());

    /// <summary>Call it after the save, in its transaction.</summary>
    public async Task RefreshAsync(LegalAidDbContext db, CancellationToken cancellationToken)
    {
        if (deadlines.Count == 0)
        {
            return;
        }

        var caseIds = deadlines.Select(d => d.CaseId).Distinct().ToList();
        await db.Cases.IgnoreQueryFilters().Where(c => caseIds.Contains(c.Id)).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.NextDueOn, c => c.Deadlines.AsQueryable().Where(DueWork.IsPending).Min(d => (DateOnly?)d.DueOn)),
            cancellationToken);
    }
}
