using System.Text.Json;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace LegalAid.Infrastructure.Auditing;

/// <summary>
/// Turns the change tracker's pending changes into audit entries: which record, which fields, from
/// what to what. Captured before saving (original values are still known) and completed after
/// (generated keys are known), inside the same transaction.
/// </summary>
internal sealed class ChangeAudit
{
    // Sessions are not records anyone edits (signing in and out, and ending sessions, are audited as events),
    // data protection keys are secrets the trail must never copy, and a client's name tokens follow the name, whose
    // change is audited.
    private static readonly HashSet<Type> NotAudited =
        [typeof(AuditEntry), typeof(Persistence.CaseNumberCounter), typeof(Identity.Sessions.UserSession), typeof(DataProtectionKey), typeof(ClientNameToken)];

    private static readonly string[] SecretParts = ["Hash", "Stamp", "Secret", "Token", "Key"];

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static readonly string[] Housekeeping = ["SearchKey", "NameKey", "FamilyNameKey", "GivenNameKey", "NameIsCyrillic", "Version", "ConcurrencyStamp", "NormalizedEmail", "NormalizedUserName"];

    private readonly List<(EntityEntry Entry, AuditAction Action, Dictionary<string, object?[]> Changes)> pending = [];

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
            var changes = Changes(entry);
            if (action != AuditAction.Updated || changes.Count > 0)
            {
                audit.pending.Add((entry, action, changes));
            }
        }

        return audit;
    }

    public IEnumerable<AuditEntry> Complete(ICurrentUser user, DateTime nowUtc) =>
        pending.Select(p => new AuditEntry(
            nowUtc,
            p.Action,
            EntityName(p.Entry),
            KeyOf(p.Entry),
            user.UserId,
            user.UserName,
            user.CentreId ?? CentreOf(p.Entry.Entity),
            user.IpAddress,
            JsonSerializer.Serialize(p.Changes, Json)));

    private static Dictionary<string, object?[]> Changes(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        var properties = entry.Properties.Cast<MemberEntry>()
            .Concat(entry.ComplexProperties.SelectMany(c => c.Properties.Select(p => (MemberEntry)p)));
        foreach (var property in properties.OfType<PropertyEntry>())
        {
            var name = property.Metadata.Name;
            if (Housekeeping.Contains(name) || property.Metadata.IsShadowProperty() && property.Metadata.IsForeignKey())
            {
                continue;
            }

            var (before, after) = entry.State switch
            {
                EntityState.Added => (null, property.CurrentValue),
                EntityState.Deleted => (property.OriginalValue, null),
                _ => (property.OriginalValue, property.CurrentValue),
            };
            if (entry.State == EntityState.Modified && (!property.IsModified || Equals(before, after)))
            {
                continue;
            }

            changes[name] = entry.Entity is IdentityUserToken<string> || SecretParts.Any(part => name.Contains(part, StringComparison.Ordinal))
                ? ["***", "***"]
                : [Loggable(before), Loggable(after)];
        }

        return changes;
    }

    /// <summary>File contents go to the trail as their size, not their bytes.</summary>
    private static object? Loggable(object? value) => value is byte[] bytes ? $"{bytes.Length} bytes" : value;

    private static string EntityName(EntityEntry entry) => entry.Entity switch
    {
        ApplicationUser => "Account",
        IdentityUserToken<string> => "AccountSecret",
        IdentityUserRole<string> => "AccountRole",
        _ => entry.Metadata.ClrType.Name,
    };

    private static string? KeyOf(EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey() is { } key
            ? string.Join('/', key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)))
            : null;

    private static int? CentreOf(object entity) => entity switch
    {
        Client client => client.CentreId,
        Case @case => @case.CentreId,
        ApplicationUser account => account.CentreId,
        _ => null,
    };
}
