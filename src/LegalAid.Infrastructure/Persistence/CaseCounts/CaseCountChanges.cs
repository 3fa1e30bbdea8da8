using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LegalAid.Infrastructure.Persistence.CaseCounts;

/// <summary>
/// Keeps <see cref="CaseCount"/>: the cases a save adds, removes, moves to another centre or moves between open and closed
/// are captured before it as changes of their centre's counts; after it, in its transaction, each count changed is moved by
/// its difference. A difference, not a recount: two transactions adding cases to one centre at once (SQL Server) each add
/// their own.
/// </summary>
internal sealed class CaseCountChanges
{
    private readonly Dictionary<(int CentreId, CaseStatus Status), int> differences;

    private CaseCountChanges(Dictionary<(int, CaseStatus), int> differences) => this.differences = differences;

    public static CaseCountChanges Capture(ChangeTracker tracker)
    {
        var differences = new Dictionary<(int, CaseStatus), int>();
        foreach (var entry in tracker.Entries<Case>())
        {
            if (entry.State is EntityState.Deleted or EntityState.Modified)
            {
                Add(differences, entry.OriginalValues.GetValue<int>(nameof(Case.CentreId)), entry.OriginalValues.GetValue<CaseStatus>(nameof(Case.Status)), -1);
            }

            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                Add(differences, entry.Entity.CentreId, entry.Entity.Status, +1);
            }
        }

        return new(differences);
    }

    /// <summary>The cases among records inserted in bulk, untracked (<see cref="BulkInsert"/>).</summary>
    public static CaseCountChanges Inserted(IEnumerable<(object Entity, IEntityType Type)> rows)
    {
        var differences = new Dictionary<(int, CaseStatus), int>();
        foreach (var @case in rows.Select(r => r.Entity).OfType<Case>())
        {
            Add(differences, @case.CentreId, @case.Status, +1);
        }

        return new(differences);
    }

    /// <summary>Call it after the save, in its transaction.</summary>
    public async Task ApplyAsync(LegalAidDbContext db, CancellationToken cancellationToken)
    {
        foreach (var ((centreId, status), difference) in differences.Where(d => d.Value != 0))
        {
            var moved = await db.CaseCounts.IgnoreQueryFilters().Where(c => c.CentreId == centreId && c.Status == status)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Total, c => c.Total + difference), cancellationToken);
            if (moved == 0)
            {
                // The centre's first case in this status; the migration made the rows of every centre that existed then.
                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO \"CaseCounts\" (\"CentreId\", \"Status\", \"Total\") VALUES ({centreId}, {(int)status}, {difference})",
                    cancellationToken);
            }
        }
    }

    private static void Add(Dictionary<(int, CaseStatus), int> differences, int centreId, CaseStatus status, int difference) =>
        differences[(centreId, status)] = differences.GetValueOrDefault((centreId, status)) + difference;
}
