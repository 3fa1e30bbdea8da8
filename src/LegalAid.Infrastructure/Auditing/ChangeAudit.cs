using System.Globalization;
using System.Text.Json;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Infrastructure.Identity;
using LegalAid.Infrastructure.PersonalData;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LegalAid.Infrastructure.Auditing;

/// <summary>
/// Turns the change tracker's pending changes into audit entries: which record, which fields, from what to what.
/// Captured before saving (original values are still known) and completed after (generated keys and the new rows'
/// values are known), inside the same transaction. A client's personal data (<see cref="ClientPersonalData"/>) goes
/// into the entry only sealed with that client's key; the readable changes name the field and say
/// <see cref="AuditEntry.SealedMarker"/>.
/// </summary>
internal sealed class ChangeAudit
{
    // Sessions are not records anyone edits (signing in and out, and ending sessions, are audited as events), data
    // protection and audit keys are secrets the trail must never copy, the trail does not audit itself, and a client's
    // name tokens follow the name, whose change is audited (sealed). An import's file, report and row keys are its own
    // bookkeeping: the import is audited as events (uploaded, imported with its counts), and every record it creates
    // as a change.
    private static readonly HashSet<Type> NotAudited =
    [
        typeof(AuditEntry), typeof(AuditChainHead), typeof(ClientKey), typeof(Persistence.CaseNumberCounter),
        typeof(Identity.Sessions.UserSession), typeof(DataProtectionKey), typeof(ClientNameToken),
        typeof(Domain.Imports.DataImport), typeof(Domain.Imports.ImportedRow),
    ];

    private static readonly string[] SecretParts = ["Hash", "Stamp", "Secret", "Token", "Key"];

    private static readonly string[] Housekeeping = ["SearchKey", "NameKey", "FamilyNameKey", "GivenNameKey", "NameIsCyrillic", "Version", "ConcurrencyStamp", "NormalizedEmail", "NormalizedUserName"];

    private readonly List<Pending> pending = [];

    private ChangeAudit()
    {
    }

    public static ChangeAudit None { get; } = new();

    public bool IsEmpty => pending.Count == 0;

    public static ChangeAudit Capture(ChangeTracker tracker)
    {
        var audit = new ChangeAudit();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit trail is append-only.");
            }

            if (NotAudited.Contains(entry.Metadata.ClrType) || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Updated,
            };
            var fields = Fields(entry);
            if (action != AuditAction.Updated || fields.Count > 0)
            {
                audit.pending.Add(new Pending(entry.Entity, entry.Metadata, name => entry.Property(name).CurrentValue, action, fields,
                    entry.State == EntityState.Deleted ? OriginalOwner(entry) : null));
            }
        }

        return audit;
    }

    /// <summary>
    /// The entries of new records inserted without the change tracker (<see cref="Persistence.BulkInsert"/>): the same
    /// fields, in the same order, as <see cref="Capture"/> takes from the tracker for an added record.
    /// </summary>
    public static ChangeAudit CaptureCreated(IEnumerable<(object Entity, IEntityType Type)> rows)
    {
        var audit = new ChangeAudit();
        var readers = new Dictionary<IEntityType, CreatedFields>();
        foreach (var (entity, type) in rows.Where(r => !NotAudited.Contains(r.Type.ClrType)))
        {
            if (!readers.TryGetValue(type, out var reader))
            {
                readers[type] = reader = new CreatedFields(type);
            }

            audit.pending.Add(new Pending(entity, type, name => reader.Read(entity, name), AuditAction.Created, reader.Of(entity), null));
        }

        return audit;
    }

    /// <summary>
    /// The entries, once the changes are saved: a new row's values (its id first of all) are read now, and the personal
    /// values of all of them sealed together.
    /// </summary>
    public async Task<IReadOnlyList<AuditEntry>> CompleteAsync(AuditSealing sealing, ICurrentUser user, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var split = pending.Select(Split).ToList();
        var seals = new Queue<Seal?>(await sealing.SealChangesAsync([.. split.Select(s => s.Personal).OfType<PersonalChanges>()], cancellationToken));
        return [.. split.Select(s =>
        {
            var seal = s.Personal is null ? null : seals.Dequeue();
            return new AuditEntry(
                nowUtc,
                s.Change.Action,
                EntityName(s.Change.Entity, s.Change.Type),
                KeyOf(s.Change),
                user.UserId,
                user.UserName,
                user.CentreId ?? CentreOf(s.Change.Entity),
                user.IpAddress,
                JsonSerializer.Serialize(s.Readable, AuditSealing.Json),
                @sealed: seal?.Value,
                sealedFor: seal?.SealedFor);
        })];
    }

    /// <summary>A change's fields as the entry shows them, the client's personal ones to be sealed for their owner.</summary>
    private static (Pending Change, Dictionary<string, object?> Readable, PersonalChanges? Personal) Split(Pending change)
    {
        var holder = ClientPersonalData.For(change.Type.ClrType);
        var readable = new Dictionary<string, object?>(StringComparer.Ordinal);
        var personal = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var field in change.Fields)
        {
            var values = field.Values(change.Action);
            if (holder?.Fields.Contains(field.Name) == true)
            {
                personal[field.Name] = values;
                readable[field.Name] = AuditEntry.SealedMarker;
            }
            else
            {
                readable[field.Name] = values;
            }
        }

        var owner = holder is null || personal.Count == 0 ? null : change.DeletedOwner ?? change.Current(holder.OwnerProperty) as int?;
        return (change, readable, owner is { } id ? new PersonalChanges(personal, id, holder!.OwnedThrough) : null);
    }

    private static List<Field> Fields(EntityEntry entry)
    {
        var fields = new List<Field>();
        var properties = entry.Properties.Cast<MemberEntry>()
            .Concat(entry.ComplexProperties.SelectMany(c => c.Properties.Select(p => (MemberEntry)p)));
        foreach (var property in properties.OfType<PropertyEntry>())
        {
            var name = property.Metadata.Name;
            if (Housekeeping.Contains(name) || property.Metadata.IsShadowProperty() && property.Metadata.IsForeignKey())
            {
                continue;
            }

            if (entry.State == EntityState.Modified && (!property.IsModified || Equals(property.OriginalValue, property.CurrentValue)))
            {
                continue;
            }

            fields.Add(new Field(name, () => property.CurrentValue, IsSecret(entry.Entity, name), entry.State == EntityState.Added ? null : property.OriginalValue));
        }

        return fields;
    }

    private static bool IsSecret(object entity, string name) =>
        entity is IdentityUserToken<string> || SecretParts.Any(part => name.Contains(part, StringComparison.Ordinal));

    /// <summary>A deleted row's owner, read before the row is gone.</summary>
    private static int? OriginalOwner(EntityEntry entry) =>
        ClientPersonalData.For(entry.Metadata.ClrType) is { } holder ? entry.Property(holder.OwnerProperty).OriginalValue as int? : null;

    private static string EntityName(object entity, IEntityType type) => entity switch
    {
        ApplicationUser => "Account",
        IdentityUserToken<string> => "AccountSecret",
        IdentityUserRole<string> => "AccountRole",
        IdentityRole => "Role",
        _ => type.ClrType.Name,
    };

    private static string? KeyOf(Pending change) =>
        change.Type.FindPrimaryKey() is { } key
            ? string.Join('/', key.Properties.Select(p => Convert.ToString(change.Current(p.Name), CultureInfo.InvariantCulture)))
            : null;

    private static int? CentreOf(object entity) => entity switch
    {
        Client client => client.CentreId,
        Case @case => @case.CentreId,
        ApplicationUser account => account.CentreId,
        _ => null,
    };

    /// <summary>A changed record: <paramref name="Current"/> reads one of its properties' values now, by name.</summary>
    private sealed record Pending(object Entity, IEntityType Type, Func<string, object?> Current, AuditAction Action, List<Field> Fields, int? DeletedOwner);

    /// <summary>A changed field: its value before is kept now, its value after is read when the entry is completed.</summary>
    private sealed record Field(string Name, Func<object?> Current, bool IsSecret, object? Before)
    {
        public object?[] Values(AuditAction action) => IsSecret
            ? ["***", "***"]
            : [Loggable(Before), action == AuditAction.Deleted ? null : Loggable(Current())];

        /// <summary>File contents go to the trail as their size, not their bytes.</summary>
        private static object? Loggable(object? value) => value is byte[] bytes ? $"{bytes.Length} bytes" : value;
    }

    /// <summary>
    /// The audited fields of a new record of one type read from the object itself: every property, then the complex
    /// properties' ones, as the change tracker lists them, housekeeping left out.
    /// </summary>
    private sealed class CreatedFields
    {
        private readonly List<(string Name, IClrPropertyGetter Getter, IClrPropertyGetter? Complex)> fields = [];
        private readonly Dictionary<string, IClrPropertyGetter> byName = new(StringComparer.Ordinal);

        public CreatedFields(IEntityType type)
        {
            foreach (var property in type.GetProperties())
            {
                byName[property.Name] = property.GetGetter();
                if (!Housekeeping.Contains(property.Name))
                {
                    fields.Add((property.Name, property.GetGetter(), null));
                }
            }

            foreach (var complex in type.GetComplexProperties())
            {
                fields.AddRange(complex.ComplexType.GetProperties().Where(p => !Housekeeping.Contains(p.Name)).Select(p => (p.Name, p.GetGetter(), (IClrPropertyGetter?)complex.GetGetter())));
            }
        }

        public object? Read(object entity, string name) => byName[name].GetClrValueUsingContainingEntity(entity);

        public List<Field> Of(object entity) => [.. fields.Select(f => new Field(f.Name, () => Value(entity, f.Getter, f.Complex), IsSecret(entity, f.Name), null))];

        private static object? Value(object entity, IClrPropertyGetter getter, IClrPropertyGetter? complex) =>
            complex is not null && complex.GetClrValueUsingContainingEntity(entity) is null ? null : getter.GetClrValueUsingContainingEntity(entity);
    }
}
