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
                audit.pending.Add(new Pending(entry, action, fields, entry.State == EntityState.Deleted ? OriginalOwner(entry) : null));
            }
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
                EntityName(s.Change.Entry),
                KeyOf(s.Change.Entry),
                user.UserId,
                user.UserName,
                user.CentreId ?? CentreOf(s.Change.Entry.Entity),
                user.IpAddress,
                JsonSerializer.Serialize(s.Readable, AuditSealing.Json),
                @sealed: seal?.Value,
                sealedFor: seal?.SealedFor);
        })];
    }

    /// <summary>A change's fields as the entry shows them, the client's personal ones to be sealed for their owner.</summary>
    private static (Pending Change, Dictionary<string, object?> Readable, PersonalChanges? Personal) Split(Pending change)
    {
        var holder = ClientPersonalData.For(change.Entry.Metadata.ClrType);
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

        var owner = holder is null || personal.Count == 0 ? null : change.DeletedOwner ?? CurrentOwner(change.Entry, holder);
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

            var secret = entry.Entity is IdentityUserToken<string> || SecretParts.Any(part => name.Contains(part, StringComparison.Ordinal));
            fields.Add(new Field(name, property, secret, entry.State == EntityState.Added ? null : property.OriginalValue));
        }

        return fields;
    }

    /// <summary>A deleted row's owner, read before the row is gone.</summary>
    private static int? OriginalOwner(EntityEntry entry) =>
        ClientPersonalData.For(entry.Metadata.ClrType) is { } holder ? entry.Property(holder.OwnerProperty).OriginalValue as int? : null;

    private static int? CurrentOwner(EntityEntry entry, PersonalDataHolder holder) => entry.Property(holder.OwnerProperty).CurrentValue as int?;

    private static string EntityName(EntityEntry entry) => entry.Entity switch
    {
        ApplicationUser => "Account",
        IdentityUserToken<string> => "AccountSecret",
        IdentityUserRole<string> => "AccountRole",
        IdentityRole => "Role",
        _ => entry.Metadata.ClrType.Name,
    };

    private static string? KeyOf(EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey() is { } key
            ? string.Join('/', key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)))
            : null;

    private static int? CentreOf(object entity) => entity switch
    {
        Client client => client.CentreId,
        Case @case => @case.CentreId,
        ApplicationUser account => account.CentreId,
        _ => null,
    };

    private sealed record Pending(EntityEntry Entry, AuditAction Action, List<Field> Fields, int? DeletedOwner);

    /// <summary>A changed field: its value before is kept now, its value after is read when the entry is completed.</summary>
    private sealed record Field(string Name, PropertyEntry Property, bool IsSecret, object? Before)
    {
        public object?[] Values(AuditAction action) => IsSecret
            ? ["***", "***"]
            : [Loggable(Before), action == AuditAction.Deleted ? null : Loggable(Property.CurrentValue)];

        /// <summary>File contents go to the trail as their size, not their bytes.</summary>
        private static object? Loggable(object? value) => value is byte[] bytes ? $"{bytes.Length} bytes" : value;
    }
}
