using LegalAid.Infrastructure.Persistence.CaseCounts;
using LegalAid.Infrastructure.Persistence.ReferenceData;
using LegalAid.Infrastructure.Persistence.StatisticsPacks;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// What the store keeps from the records a save changes, captured before it and applied after it, in its transaction:
/// the statistics packs it invalidates, the desk's values (<see cref="DeskValueChanges"/>), the case counts and the
/// reference data's stamp.
/// </summary>
internal sealed class DerivedValueChanges(StatisticsPackChanges packs, DeskValueChanges desk, CaseCountChanges counts, ReferenceDataChanges references)
{
    public static DerivedValueChanges Capture(ChangeTracker tracker) =>
        new(StatisticsPackChanges.Capture(tracker), DeskValueChanges.Capture(tracker), CaseCountChanges.Capture(tracker), ReferenceDataChanges.Capture(tracker));

    /// <summary>Those of records inserted in bulk, untracked (<see cref="BulkInsert"/>).</summary>
    public static DerivedValueChanges Inserted(IReadOnlyList<(object Entity, IEntityType Type)> rows) =>
        new(StatisticsPackChanges.Inserted(rows), DeskValueChanges.Inserted(rows), CaseCountChanges.Inserted(rows), ReferenceDataChanges.Inserted(rows));

    /// <summary>Call it after the save.</summary>
    public async Task ApplyAsync(LegalAidDbContext db, CancellationToken cancellationToken)
    {
        await packs.InvalidateAsync(db, cancellationToken);
        await desk.RefreshAsync(db, cancellationToken);
        await counts.ApplyAsync(db, cancellationToken);
        await references.ApplyAsync(db, cancellationToken);
    }
}
