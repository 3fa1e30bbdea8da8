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
    // as a change. Values derived from the records (case totals, statistics packs, the reference data's stamp) follow
    // the audited changes that move them, and an idempotent command's kept answer follows the record it created.
    internal static readonly HashSet<Type> NotAudited =
    [
        typeof(AuditEntry), typeof(AuditChainHead), typeof(ClientKey), typeof(Persistence.CaseNumberCounter),
        typeof(Identity.Sessions.UserSession), typeof(DataProtectionKey), typeof(ClientNameToken),
        typeof(Domain.Imports.DataImport), typeof(Domain.Imports.ImportedRow),
        typeof(Persistence.CaseCounts.CaseCount), typeof(Persistence.StatisticsPacks.StatisticsPack), typeof(Persistence.ReferenceData.ReferenceDataStamp),
        typeof(Persistence.SubmittedRequests.SubmittedRequest),
    ];

    private static readonly Dictionary<Type, string> IdentityNames = new()
    {
        [typeof(ApplicationUser)] = "Account",
        [typeof(IdentityUserToken<string>)] = "AccountSecret",
        [typeof(IdentityUserRole<string>)] = "AccountRole",
        [typeof(IdentityRole)] = "Role",
        [typeof(IdentityUserClaim<string>)] = "AccountClaim",
        [typeof(IdentityRoleClaim<string>)] = "RoleClaim",
        [typeof(IdentityUserLogin<string>)] = "AccountLogin",
    };

    private static readonly string[] SecretParts = ["Hash", "Stamp", "Secret", "Token", "Key"];

    private static readonly string[] Housekeeping = ["SearchKey", "NameKey", "FamilyNameKey", "GivenNameKey", "NameIsCyrillic", "Version", "ConcurrencyStamp", "NormalizedEmail", "NormalizedUserName", "OpenCaseLawyerId", "CaseCentreId"];

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
                audit.pending.Add(new Pending(entry.Entity, entry.Metadata, name => entry.Property(name).CurrentValue, action, fields, null,
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

            audit.pending.Add(new Pending(entity, type, name => reader.Read(entity, name), AuditAction.Created, null, reader, null));
        }

        return audit;
    }

    /// <summary>
    /// The entries, once the changes are saved: a new row's values (its id first of all) are read now, and the personal
    /// values of all of them sealed together.
    /// </summary>
    public async Task<IReadOnlyList<AuditEntry>> CompleteAsync(AuditSealing sealing, ICurrentUser user, DateTime nowUtc, CancellationToken cancellationToken)
    {
        using var readable = new AuditJson();
        using var personal = new AuditJson();
        var split = pending.Select(change => Split(change, readable, personal)).ToList();
        var seals = new Queue<Seal?>(await sealing.SealChangesAsync([.. split.Select(s => s.Personal).OfType<PersonalChanges>()], cancellationToken));
        return [.. split.Select(s =>
        {
            var seal = s.Personal is null ? null : seals.Dequeue();
            return new AuditEntry(
                nowUtc,
                s.Change.Action,
                EntityName(s.Change.Type.ClrType),
                KeyOf(s.Change),
                user.UserId,
                user.UserName,
                user.CentreId ?? CentreOf(s.Change.Entity),
                user.IpAddress,
                s.Readable,
                @sealed: seal?.Value,
                sealedFor: seal?.SealedFor);
        })];
    }

    /// <summary>
    /// A change's fields as the entry shows them, the client's personal ones to be sealed for their owner; a note or
    /// reason with no value before or after says nothing of anyone and is shown as empty, not as withheld
    /// (<see cref="PersonalDataHolder.AboutThePerson"/>).
    /// </summary>
    private static (Pending Change, string Readable, PersonalChanges? Personal) Split(Pending change, AuditJson readable, AuditJson personal)
    {
        var holder = ClientPersonalData.For(change.Type.ClrType);
        readable.Begin(sealedContent: false);
        personal.Begin(sealedContent: true);
        foreach (var (name, before, after) in change.Values())
        {
            if (holder is not null && holder.Fields.Contains(name) && ((before ?? after) is not null || holder.AboutThePerson.Contains(name)))
            {
                personal.Field(name, before, after);
                readable.SealedField(name);
            }
            else
            {
                readable.Field(name, before, after);
            }
        }

        var owner = holder is null || personal.FieldCount == 0 ? null : change.DeletedOwner ?? change.Current(holder.OwnerProperty) as int?;
        return (change, readable.EndAsText(), owner is { } id ? new PersonalChanges(personal.EndAsBytes(), id, holder!.OwnedThrough) : null);
    }

    private static List<Field> Fields(EntityEntry entry)
    {
        var fields = new List<Field>();
        var properties = entry.Properties.Select(p => (Property: p, Complex: (ComplexPropertyEntry?)null))
            .Concat(entry.ComplexProperties.SelectMany(c => c.Properties.Select(p => (Property: p, Complex: (ComplexPropertyEntry?)c))));
        foreach (var (property, complex) in properties)
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

            fields.Add(new Field(AuditedName(property.Metadata), property, complex, IsSecret(entry.Entity, name), entry.State == EntityState.Added ? null : property.OriginalValue));
        }

        return fields;
    }

    private static bool IsSecret(object entity, string name) => entity is IdentityUserToken<string> || IsSecret(name);

    private static bool IsSecret(string name) => SecretParts.Any(part => name.Contains(part, StringComparison.Ordinal));

    /// <summary>A deleted row's owner, read before the row is gone.</summary>
    private static int? OriginalOwner(EntityEntry entry) =>
        ClientPersonalData.For(entry.Metadata.ClrType) is { } holder ? entry.Property(holder.OwnerProperty).OriginalValue as int? : null;

    /// <summary>The name the trail gives a record of this type.</summary>
    internal static string EntityName(Type type) => IdentityNames.GetValueOrDefault(type, type.Name);

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

    /// <summary>
    /// A changed record: <paramref name="Current"/> reads one of its properties' values now, by name; its fields are those
    /// the tracker listed (<paramref name="Fields"/>) or, for a record inserted without it, those of its type (<paramref name="Created"/>).
    /// </summary>
    private sealed record Pending(object Entity, IEntityType Type, Func<string, object?> Current, AuditAction Action, List<Field>? Fields, CreatedFields? Created, int? DeletedOwner)
    {
        /// <summary>Each field's values before and after, as the entry shows them.</summary>
        public IEnumerable<(string Name, object? Before, object? After)> Values() =>
            Created is { } created ? created.Values(Entity) : Fields!.Select(f => f.Values(Action));
    }

    /// <summary>
    /// A changed field: its value before is kept now, its value after is read when the entry is completed; a field of a
    /// complex property that is null (a case with no amount claimed) has no value, whatever default the tracker gives it.
    /// </summary>
    private sealed record Field(string Name, PropertyEntry Property, ComplexPropertyEntry? Complex, bool IsSecret, object? Before)
    {
        public (string Name, object? Before, object? After) Values(AuditAction action) => IsSecret
            ? (Name, AuditEntry.SecretMarker, AuditEntry.SecretMarker)
            : (Name, Loggable(Before), action == AuditAction.Deleted || Complex is { CurrentValue: null } ? null : Loggable(Property.CurrentValue));
    }

    /// <summary>
    /// The name the trail gives a field: its own, or, where two complex properties of the record share it (a case's two
    /// amounts), qualified by its complex property («AmountRecovered.MinorUnits»), so that each change says which it was.
    /// </summary>
    private static string AuditedName(IReadOnlyProperty property) =>
        property.DeclaringType is IReadOnlyComplexType { ComplexProperty: var complex }
        && complex.DeclaringType.GetComplexProperties().Count(c => c.ComplexType.FindProperty(property.Name) is not null) > 1
            ? $"{complex.Name}.{property.Name}"
            : property.Name;

    /// <summary>
    /// The fields the trail keeps of a new record of this type, by the names it gives them: every property, then the
    /// complex properties' ones, as the change tracker lists them, housekeeping left out.
    /// </summary>
    internal static IEnumerable<(string Name, IProperty Property, IComplexProperty? Complex)> AuditedProperties(IEntityType type) =>
        type.GetProperties().Where(p => !Housekeeping.Contains(p.Name)).Select(p => (p.Name, p, (IComplexProperty?)null))
            .Concat(type.GetComplexProperties().SelectMany(complex => complex.ComplexType.GetProperties()
                .Where(p => !Housekeeping.Contains(p.Name)).Select(p => (AuditedName(p), p, (IComplexProperty?)complex))));

    /// <summary>File contents go to the trail as their size, not their bytes.</summary>
    private static object? Loggable(object? value) => value is byte[] bytes ? string.Create(CultureInfo.InvariantCulture, $"{bytes.Length}{AuditEntry.BytesSuffix}") : value;

    /// <summary>The audited fields (<see cref="AuditedProperties"/>) of a new record of one type read from the object itself.</summary>
    private sealed class CreatedFields
    {
        private readonly List<(string Name, IClrPropertyGetter Getter, IClrPropertyGetter? Complex, bool Secret)> fields = [];
        private readonly Dictionary<string, IClrPropertyGetter> byName = new(StringComparer.Ordinal);

        public CreatedFields(IEntityType type)
        {
            var secrets = type.ClrType.IsAssignableTo(typeof(IdentityUserToken<string>));
            foreach (var property in type.GetProperties())
            {
                byName[property.Name] = property.GetGetter();
            }

            fields.AddRange(AuditedProperties(type).Select(p => (p.Name, p.Property.GetGetter(), p.Complex?.GetGetter(), secrets || IsSecret(p.Property.Name))));
        }

        public object? Read(object entity, string name) => byName[name].GetClrValueUsingContainingEntity(entity);

        public IEnumerable<(string Name, object? Before, object? After)> Values(object entity)
        {
            foreach (var (name, getter, complex, secret) in fields)
            {
                yield return secret
                    ? (name, AuditEntry.SecretMarker, AuditEntry.SecretMarker)
                    : (name, null, Loggable(complex is not null && complex.GetClrValueUsingContainingEntity(entity) is null ? null : getter.GetClrValueUsingContainingEntity(entity)));
            }
        }
    }
}
