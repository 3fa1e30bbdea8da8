using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Clients;
using LegalAid.Infrastructure.Persistence;
using LegalAid.Infrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Auditing;

/// <summary>
/// Entries written before the trail was sealed and chained (they have no hash) hold clients' names, contacts and texts in
/// the clear, and placeholder ids for created records. Once, right after the migrations, this rewrites them as new entries
/// are written: personal values sealed with their client's key (dropped when the record is gone), search terms dropped
/// (<see cref="AuditRecord"/> says why), the created record's real id in its changes, and every entry chained in id order. The rows are
/// append-only, so it runs with the triggers off, in one transaction, as the account that applies the migrations.
/// </summary>
public sealed class LegacyAuditUpgrade(LegalAidDbContext db)
{
    private const int BatchSize = 1_000;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!await db.AuditEntries.AnyAsync(e => e.Hash == null, cancellationToken))
        {
            return;
        }

        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await SwitchTriggersAsync(on: false, ct);
            var (lastId, previous) = (0L, AuditChain.Genesis);
            while (await db.AuditEntries.AsNoTracking().Where(e => e.Hash == null).OrderBy(e => e.Id).Take(BatchSize).ToListAsync(ct) is { Count: > 0 } batch)
            {
                var owners = await ClientsOfAsync(batch, ct);
                foreach (var legacy in batch)
                {
                    var entry = await RewriteAsync(legacy, owners, ct);
                    var hash = AuditChain.HashOf(entry, legacy.Id, previous);
                    await db.AuditEntries.Where(e => e.Id == legacy.Id).ExecuteUpdateAsync(
                        s => s.SetProperty(e => e.Changes, entry.Changes).SetProperty(e => e.Details, entry.Details)
                            .SetProperty(e => e.Sealed, entry.Sealed).SetProperty(e => e.SealedFor, entry.SealedFor).SetProperty(e => e.Hash, hash),
                        ct);
                    (lastId, previous) = (legacy.Id, hash);
                }

                await db.SaveChangesAsync(ct);
            }

            await db.AuditChainHeads.Where(h => h.Id == AuditChainHead.SingleRowId)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastEntryId, lastId).SetProperty(h => h.LastHash, previous), ct);
            await SwitchTriggersAsync(on: true, ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        await db.EmptyWriteAheadLogAsync(cancellationToken);
    }

    /// <summary>The entry as it is written now (its id and hash aside).</summary>
    private async Task<AuditEntry> RewriteAsync(AuditEntry legacy, Dictionary<(string, int), int> owners, CancellationToken cancellationToken)
    {
        var (changes, details) = (legacy.Changes, legacy.Details);
        Seal? seal = null;
        if (legacy is { Action: AuditAction.Searched, EntityType: nameof(Client) })
        {
            details = null;
        }
        else if (changes is not null && JsonNode.Parse(changes) is JsonObject fields)
        {
            if (legacy.Action == AuditAction.Created && fields["Id"] is JsonArray { Count: 2 } id && legacy.EntityId is not null)
            {
                fields["Id"] = new JsonArray(null, JsonValue.Create(legacy.EntityId));
            }

            var holder = ClientPersonalData.Holders.FirstOrDefault(h => h.EntityType.Name == legacy.EntityType);
            var personal = new Dictionary<string, object?[]>(StringComparer.Ordinal);
            foreach (var name in holder?.Fields.Where(f => fields[f] is JsonArray).ToList() ?? [])
            {
                personal[name] = [.. fields[name]!.AsArray().Select(v => (object?)v?.DeepClone())];
                fields[name] = AuditEntry.SealedMarker;
            }

            if (personal.Count > 0 && int.TryParse(legacy.EntityId, CultureInfo.InvariantCulture, out var rowId)
                && owners.TryGetValue((legacy.EntityType, rowId), out var clientId))
            {
                seal = await db.Sealing.SealChangesAsync(personal, clientId, OwnedThrough.Client, cancellationToken);
            }

            changes = fields.ToJsonString(AuditSealing.Json);
        }

        return new AuditEntry(
            legacy.OccurredAtUtc, legacy.Action, legacy.EntityType, legacy.EntityId, legacy.UserId, legacy.UserName, legacy.CentreId, legacy.IpAddress,
            changes, details, seal?.Value, seal?.SealedFor);
    }

    /// <summary>The client of every record the batch's entries are about, by (entity type, record id), for the tables that hold personal data.</summary>
    private async Task<Dictionary<(string, int), int>> ClientsOfAsync(IReadOnlyList<AuditEntry> batch, CancellationToken cancellationToken)
    {
        var clients = new Dictionary<(string, int), int>();
        foreach (var holder in ClientPersonalData.Holders)
        {
            var ids = batch.Where(e => e.EntityType == holder.EntityType.Name)
                .Select(e => int.TryParse(e.EntityId, CultureInfo.InvariantCulture, out var id) ? id : (int?)null).OfType<int>().Distinct().ToList();
            if (ids.Count == 0)
            {
                continue;
            }

            var owners = await holder.OwnersAsync(db, new IdList(ids), cancellationToken);
            var clientOfCase = holder.OwnedThrough == OwnedThrough.Case
                ? await db.Cases.IgnoreQueryFilters().Where(c => owners.Values.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.ClientId, cancellationToken)
                : owners.Values.Distinct().ToDictionary(id => id, id => id);
            foreach (var (rowId, owner) in owners)
            {
                if (clientOfCase.TryGetValue(owner, out var clientId))
                {
                    clients[(holder.EntityType.Name, rowId)] = clientId;
                }
            }
        }

        return clients;
    }

    private Task<int> SwitchTriggersAsync(bool on, CancellationToken cancellationToken) => db.Database.ExecuteSqlRawAsync(
        (db.Database.IsSqlServer(), on) switch
        {
            (true, true) => "ENABLE TRIGGER [AuditEntries_AppendOnly] ON [AuditEntries];",
            (true, false) => "DISABLE TRIGGER [AuditEntries_AppendOnly] ON [AuditEntries];",
            (false, true) => "CREATE TRIGGER AuditEntries_NoUpdate BEFORE UPDATE ON AuditEntries BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only.'); END;",
            (false, false) => "DROP TRIGGER AuditEntries_NoUpdate;",
        },
        cancellationToken);
}
