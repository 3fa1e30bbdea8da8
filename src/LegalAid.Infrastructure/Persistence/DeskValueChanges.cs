using LegalAid.Application.Desk.Common;
using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// Keeps the values the desk reads from indexes: <see cref="Case.NextDueOn"/>, and each deadline's
/// <see cref="Deadline.OpenCaseLawyerId"/> and <see cref="Deadline.CaseCentreId"/>. The deadlines a save adds, changes or
/// removes, and the cases it reassigns, closes, reopens or moves, are captured before it; after it, in its transaction,
/// their cases' next due day is read again from the pending deadlines (<see cref="DueWork.IsPending"/>), and their
/// deadlines take their case's lawyer and centre. Captured as records rather than ids: a new case's deadlines know its id
/// only once it is saved.
/// </summary>
internal sealed class DeskValueChanges
{
    private static readonly string[] DeskProperties = [nameof(Case.AssignedLawyerId), nameof(Case.Status), nameof(Case.CentreId)];

    private readonly List<Deadline> deadlines;
    private readonly List<Case> cases;

    private DeskValueChanges(List<Deadline> deadlines, List<Case> cases) => (this.deadlines, this.cases) = (deadlines, cases);

    public static DeskValueChanges Capture(ChangeTracker tracker) =>
        new(
            tracker.Entries<Deadline>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).Select(e => e.Entity).ToList(),
            tracker.Entries<Case>().Where(e => e.State == EntityState.Modified && DeskProperties.Any(p => e.Property(p).IsModified)).Select(e => e.Entity).ToList());

    /// <summary>The deadlines among records inserted in bulk, untracked (<see cref="BulkInsert"/>).</summary>
    public static DeskValueChanges Inserted(IEnumerable<(object Entity, IEntityType Type)> rows) =>
        new(rows.Select(r => r.Entity).OfType<Deadline>().ToList(), []);

    /// <summary>Call it after the save, in its transaction.</summary>
    public async Task RefreshAsync(LegalAidDbContext db, CancellationToken cancellationToken)
    {
        var dueChanged = deadlines.Select(d => d.CaseId).Distinct().ToList();
        if (dueChanged.Count > 0)
        {
            await db.Cases.IgnoreQueryFilters().Where(c => dueChanged.Contains(c.Id)).ExecuteUpdateAsync(
                s => s.SetProperty(c => c.NextDueOn, c => c.Deadlines.AsQueryable().Where(DueWork.IsPending).Min(d => (DateOnly?)d.DueOn)),
                cancellationToken);
        }

        var deskChanged = dueChanged.Union(cases.Select(c => c.Id)).ToList();
        if (deskChanged.Count > 0)
        {
            var caseOf = db.Cases.IgnoreQueryFilters();
            await db.Deadlines.IgnoreQueryFilters().Where(d => deskChanged.Contains(d.CaseId)).ExecuteUpdateAsync(
                s => s
                    .SetProperty(d => d.OpenCaseLawyerId, d => caseOf.Where(c => c.Id == d.CaseId).Select(c => c.Status == CaseStatus.Open ? (int?)c.AssignedLawyerId : null).First())
                    .SetProperty(d => d.CaseCentreId, d => caseOf.Where(c => c.Id == d.CaseId).Select(c => c.CentreId).First()),
                cancellationToken);
        }
    }
}
