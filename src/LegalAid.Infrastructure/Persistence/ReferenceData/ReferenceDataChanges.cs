using LegalAid.Domain.Centres;
using LegalAid.Domain.Partners;
using LegalAid.Domain.Staff;
using LegalAid.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LegalAid.Infrastructure.Persistence.ReferenceData;

/// <summary>
/// Gives the reference data a new stamp (<see cref="Application.Common.Interfaces.IReferenceDataStamp"/>) after every save
/// that adds, changes or removes a centre, a problem category, a staff member or a partner organisation, in its
/// transaction. Code that changes them without saving (ExecuteUpdate) calls <see cref="RenewAsync"/> itself.
/// </summary>
internal sealed class ReferenceDataChanges(bool any)
{
    private static readonly Type[] ReferenceTypes = [typeof(Centre), typeof(ProblemCategory), typeof(StaffMember), typeof(PartnerOrganisation)];

    public static ReferenceDataChanges Capture(ChangeTracker tracker) =>
        new(tracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsReference(e.Metadata)));

    /// <summary>Those among records inserted in bulk, untracked (<see cref="BulkInsert"/>).</summary>
    public static ReferenceDataChanges Inserted(IEnumerable<(object Entity, IEntityType Type)> rows) =>
        new(rows.Any(r => IsReference(r.Type)));

    /// <summary>Call it after the save, in its transaction.</summary>
    public Task ApplyAsync(LegalAidDbContext db, CancellationToken cancellationToken) =>
        any ? RenewAsync(db, cancellationToken) : Task.CompletedTask;

    public static Task RenewAsync(LegalAidDbContext db, CancellationToken cancellationToken)
    {
        var renewed = Guid.NewGuid();
        return db.ReferenceDataStamps.Where(s => s.Id == ReferenceDataStamp.RowId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, renewed), cancellationToken);
    }

    private static bool IsReference(IEntityType type) => ReferenceTypes.Contains(type.ClrType);
}
