using LegalAid.Application.Statistics.Engine.Packs;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LegalAid.Infrastructure.Persistence.StatisticsPacks;

/// <summary>
/// The fact packs a save changes: captured before it (where each changed record was) and completed after it (where it
/// is now: added records have their ids only then), invalidated in the save's transaction. A consultation is packed
/// by the month it was held in, its categories with it, and its day counts in its client's pack; a case with its other
/// categories, status history and referrals; a client with the day of their first consultation at each centre (see
/// the packs in <see cref="PackSegment"/>).
/// </summary>
internal sealed class StatisticsPackChanges
{
    private readonly HashSet<PackSegment> before = [];
    private readonly HashSet<PackSegment> inserted = [];
    private readonly List<EntityEntry> changed = [];
    private readonly HashSet<int> categorisedConsultations = [];

    private StatisticsPackChanges()
    {
    }

    public static StatisticsPackChanges Capture(ChangeTracker tracker)
    {
        var changes = new StatisticsPackChanges();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                changes.before.UnionWith(Segments(entry, original: true));
            }

            if (entry.State is EntityState.Added or EntityState.Modified && Segments(entry, original: false).Any())
            {
                changes.changed.Add(entry);
            }

            // A new consultation's categories go with it; those of a saved one name its (real) id.
            if (entry is { Entity: ConsultationCategory category, State: EntityState.Added or EntityState.Modified or EntityState.Deleted } && !entry.Property(nameof(ConsultationCategory.ConsultationId)).IsTemporary)
            {
                changes.categorisedConsultations.Add(category.ConsultationId);
            }
        }

        return changes;
    }

    /// <summary>The packs of records inserted in bulk, untracked (<see cref="BulkInsert"/>), with their ids.</summary>
    public static StatisticsPackChanges Inserted(IEnumerable<(object Entity, IEntityType Type)> rows)
    {
        var changes = new StatisticsPackChanges();
        foreach (var (entity, type) in rows)
        {
            changes.inserted.UnionWith(Segments(entity, name => type.FindProperty(name)!.GetGetter().GetClrValueUsingContainingEntity(entity)));
        }

        return changes;
    }

    /// <summary>Invalidates every pack the saved changes touched; call it after the save, in its transaction.</summary>
    public async Task InvalidateAsync(LegalAidDbContext db, CancellationToken cancellationToken)
    {
        var segments = before.Concat(inserted).Concat(changed.SelectMany(entry => Segments(entry, original: false))).ToHashSet();
        foreach (var consultationId in categorisedConsultations)
        {
            if (await HeldOnAsync(db, consultationId, cancellationToken) is { } heldOn)
            {
                segments.Add(PackSegment.MonthOf(heldOn));
            }
        }

        if (segments.Count > 0)
        {
            await StatisticsPackStore.InvalidateAsync(db, segments, cancellationToken);
        }
    }

    /// <summary>
    /// The segments an entry's record was in (original values) or is in now: a consultation's month, and its client's block
    /// (which holds the client's first consultation at each centre); none for a consultation's category, whose month is its
    /// consultation's.
    /// </summary>
    private static IEnumerable<PackSegment> Segments(EntityEntry entry, bool original) =>
        Segments(entry.Entity, property => original ? entry.OriginalValues[property] : entry.CurrentValues[property]);

    private static IEnumerable<PackSegment> Segments(object entity, Func<string, object?> value)
    {
        T Value<T>(string property) => (T)value(property)!;
        return entity switch
        {
            Consultation => [PackSegment.MonthOf(Value<DateOnly>(nameof(Consultation.HeldOn))), PackSegment.ClientsOf(Value<int>(nameof(Consultation.ClientId)))],
            Case => [PackSegment.CasesOf(Value<int>(nameof(Case.Id)))],
            CaseCategory => [PackSegment.CasesOf(Value<int>(nameof(CaseCategory.CaseId)))],
            CaseStatusChange => [PackSegment.CasesOf(Value<int>(nameof(CaseStatusChange.CaseId)))],
            Referral => [PackSegment.CasesOf(Value<int>(nameof(Referral.CaseId)))],
            Client => [PackSegment.ClientsOf(Value<int>(nameof(Client.Id)))],
            _ => [],
        };
    }

    /// <summary>The consultation's day; null when it no longer exists (its own deletion invalidated its month).</summary>
    private static async Task<DateOnly?> HeldOnAsync(LegalAidDbContext db, int consultationId, CancellationToken cancellationToken) =>
        db.ChangeTracker.Entries<Consultation>().FirstOrDefault(e => e.Entity.Id == consultationId)?.Entity.HeldOn
        ?? await db.Consultations.IgnoreQueryFilters().Where(c => c.Id == consultationId).Select(c => (DateOnly?)c.HeldOn).SingleOrDefaultAsync(cancellationToken);
}
