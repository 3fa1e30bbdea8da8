using System.Globalization;
using System.Text.Json;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Centres;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Audit.Common;

/// <summary>A page of the trail and the city whose clock its times are read on.</summary>
public sealed record AuditTrailPage(PagedList<AuditEntryItem> Entries, LocalisedName TimesAt);

/// <summary>The entries for an export, the city whose clock their times are read on, and the time there when they were read.</summary>
public sealed record AuditTrailList(IReadOnlyList<AuditEntryItem> Entries, LocalisedName TimesAt, DateTime ReadAt);

/// <summary>
/// Reads the audit trail for the page and its export. Times are at the reader's centre; on the page, staff members,
/// centres, accounts and roles by their names (<see cref="AuditRecordNames"/>), while the export keeps the trail's ids
/// for the tools that read it. Personal values are opened only for a coordinator, and only of entries sealed for
/// clients of their own centre whose keys still exist; administrators see who did what and when, never the values.
/// </summary>
public sealed class AuditTrailQueries(IApplicationDbContext db, ICurrentUser user, IActorContext actor, IAuditSeals seals, AuditRecordNames names, AuditSubjects subjects)
{
    public async Task<AuditTrailPage> FindAsync(IAuditFilter filter, IPageRequest page, CancellationToken cancellationToken)
    {
        var centre = await actor.HomeCentreAsync(cancellationToken);
        var subject = await subjects.SubjectAsync(filter.EntityType, filter.EntityId, cancellationToken);
        var entries = await db.AuditEntries.AsNoTracking().Matching(filter, subject, user, centre).ToPagedListAsync(page, cancellationToken);
        var items = await names.NameAsync(await ItemsAsync(entries.Items, centre, cancellationToken), cancellationToken);
        return new AuditTrailPage(new PagedList<AuditEntryItem>(items, entries.PageNumber, entries.PageSize, entries.TotalCount), LocalisedName.Of(centre));
    }

    public async Task<AuditTrailList> ListAsync(IAuditFilter filter, int max, CancellationToken cancellationToken)
    {
        var centre = await actor.HomeCentreAsync(cancellationToken);
        var subject = await subjects.SubjectAsync(filter.EntityType, filter.EntityId, cancellationToken);
        var entries = await db.AuditEntries.AsNoTracking().Matching(filter, subject, user, centre).Take(max).ToListAsync(cancellationToken);
        return new AuditTrailList(await ItemsAsync(entries, centre, cancellationToken), LocalisedName.Of(centre), centre.ToLocal(actor.UtcNow));
    }

    private async Task<IReadOnlyList<AuditEntryItem>> ItemsAsync(IReadOnlyList<AuditEntry> entries, Centre centre, CancellationToken cancellationToken)
    {
        var readable = await ReadableClientsAsync(entries, cancellationToken);
        var opened = readable.Count == 0 ? new Dictionary<long, PersonalValues>() : await seals.OpenAsync(entries, readable, cancellationToken);
        return entries.Select(e => Item(e, centre, State(e, readable, opened), opened.GetValueOrDefault(e.Id))).ToList();
    }

    /// <summary>The clients a coordinator may see (the query filter keeps them to their centre) among those the entries were sealed for.</summary>
    private async Task<IReadOnlySet<int>> ReadableClientsAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Coordinator))
        {
            return new HashSet<int>();
        }

        var sealedFor = entries.Where(e => e.SealedFor is not null).SelectMany(e => e.SealedForClientIds).Distinct().ToList();
        return sealedFor.Count == 0
            ? new HashSet<int>()
            : (await db.Clients.Where(c => sealedFor.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
    }

    private static PersonalValuesState State(AuditEntry entry, IReadOnlySet<int> readable, IReadOnlyDictionary<long, PersonalValues> opened) =>
        entry.SealedFor is null ? PersonalValuesState.None
        : opened.ContainsKey(entry.Id) ? PersonalValuesState.Shown
        : entry.SealedForClientIds.All(readable.Contains) ? PersonalValuesState.Erased
        : PersonalValuesState.Hidden;

    private static AuditEntryItem Item(AuditEntry entry, Centre centre, PersonalValuesState state, PersonalValues? personal) => new(
        entry.Id,
        centre.ToLocal(entry.OccurredAtUtc),
        entry.Action,
        entry.EntityType,
        entry.EntityId,
        entry.UserName,
        entry.CentreId,
        entry.IpAddress,
        Changes(entry.Changes, personal, centre),
        personal?.Details is { } details ? string.IsNullOrEmpty(entry.Details) ? details : $"{details}; {entry.Details}" : entry.Details,
        state);

    /// <summary>
    /// The readable changes, each personal field with its opened values when there are any, and each moment the trail
    /// keeps in UTC (a field named "…Utc", an account's lock end) on the reader's centre's clock, as the entry's own time.
    /// </summary>
    private static List<AuditChangeItem> Changes(string? json, PersonalValues? personal, Centre centre)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().Select(field =>
            field.Value.ValueKind == JsonValueKind.String && field.Value.GetString() == AuditEntry.SealedMarker
                ? personal?.Changes.GetValueOrDefault(field.Name) is { } values
                    ? new AuditChangeItem(field.Name, values[0], values[1], IsPersonal: true)
                    : new AuditChangeItem(field.Name, null, null, IsPersonal: true)
                : new AuditChangeItem(field.Name, Moment(field.Name, Text(field.Value, 0), centre), Moment(field.Name, Text(field.Value, 1), centre), IsPersonal: false)).ToList();
    }

    private static string? Moment(string field, string? value, Centre centre) =>
        (field.EndsWith("Utc", StringComparison.Ordinal) || field == "LockoutEnd")
        && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
        && moment != DateTimeOffset.MaxValue
            ? centre.ToLocal(moment.UtcDateTime).ToString(AuditChangeItem.MomentFormat, CultureInfo.InvariantCulture)
            : value;

    private static string? Text(JsonElement values, int index)
    {
        if (values.ValueKind != JsonValueKind.Array || values.GetArrayLength() <= index)
        {
            return null;
        }

        var value = values[index];
        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString(),
            _ => value.GetRawText(),
        };
    }
}
