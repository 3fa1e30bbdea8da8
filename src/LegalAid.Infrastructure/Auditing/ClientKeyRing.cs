using LegalAid.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Auditing;

/// <summary>The clients' audit keys one database context reads, creates and destroys, unwrapped once per context.</summary>
internal sealed class ClientKeyRing(LegalAidDbContext db, AuditCrypto crypto, TimeProvider clock)
{
    private const int SqliteRowsAtOnce = 1000;

    private readonly Dictionary<int, byte[]> unwrapped = [];

    /// <summary>
    /// The keys of these clients, created for those who have none yet. The keys are created at once, by a statement
    /// that inserts each only if no other request has meanwhile (two searches that find the same client at the same
    /// moment would otherwise both create one); where another did, that one is read and used.
    /// </summary>
    public async Task<IReadOnlyList<byte[]>> ForSealingAsync(IReadOnlyList<int> clientIds, CancellationToken cancellationToken)
    {
        var found = await FindAsync(clientIds, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var created = clientIds.Distinct().Where(id => !found.ContainsKey(id)).ToDictionary(id => id, _ => AuditCrypto.NewClientKey());
        var stored = await CreateAsync(
            created.Select(k => new ClientKey { ClientId = k.Key, WrappedKey = crypto.Wrap(k.Key, k.Value), CreatedAtUtc = now }).ToList(),
            cancellationToken);
        foreach (var clientId in stored)
        {
            unwrapped[clientId] = created[clientId];
        }

        await FindAsync(created.Keys.Except(stored), cancellationToken);
        return clientIds.Select(id => unwrapped[id]).ToList();
    }

    /// <summary>The clients whose new keys were stored; another request stored the others' first.</summary>
    private async Task<IReadOnlyCollection<int>> CreateAsync(List<ClientKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        if (db.Database.IsSqlite() && db.Database.CurrentTransaction is not null)
        {
            // The transaction holds SQLite's only write lock (it began IMMEDIATE), so nobody else can create the keys
            // meanwhile: they are saved with the rest, in bulk when an import saves.
            db.ClientKeys.AddRange(keys);
            return keys.Select(k => k.ClientId).ToList();
        }

        if (db.Database.IsSqlServer())
        {
            var stored = new List<int>();
            foreach (var key in keys)
            {
                FormattableString insert = $"INSERT INTO [ClientKeys] ([ClientId], [WrappedKey], [CreatedAtUtc]) SELECT {key.ClientId}, {key.WrappedKey}, {key.CreatedAtUtc} WHERE NOT EXISTS (SELECT 1 FROM [ClientKeys] WITH (UPDLOCK, HOLDLOCK) WHERE [ClientId] = {key.ClientId})";
                if (await db.Database.ExecuteSqlAsync(insert, cancellationToken) == 1)
                {
                    stored.Add(key.ClientId);
                }
            }

            return stored;
        }

        // One statement for a page of search results rather than one per client; RETURNING names the rows it inserted.
        // The text holds only placeholders ({0}, {1}, ...): every value goes in as a parameter, three a row, so a
        // statement takes at most SqliteRowsAtOnce rows to stay far below SQLite's limit of 32,766 parameters.
        var inserted = new List<int>();
        foreach (var chunk in keys.Chunk(SqliteRowsAtOnce))
        {
            var rows = string.Join(", ", chunk.Select((_, i) => $"({{{3 * i}}}, {{{3 * i + 1}}}, {{{3 * i + 2}}})"));
            var sql = "INSERT INTO \"ClientKeys\" (\"ClientId\", \"WrappedKey\", \"CreatedAtUtc\") VALUES " + rows
                + " ON CONFLICT (\"ClientId\") DO NOTHING RETURNING \"ClientId\" AS \"Value\"";
            var values = chunk.SelectMany(k => new object[] { k.ClientId, k.WrappedKey, k.CreatedAtUtc }).ToArray();
            inserted.AddRange(await db.Database.SqlQueryRaw<int>(sql, values).ToListAsync(cancellationToken));
        }

        return inserted;
    }

    /// <summary>The keys that still exist among these clients'.</summary>
    public async Task<IReadOnlyDictionary<int, byte[]>> FindAsync(IEnumerable<int> clientIds, CancellationToken cancellationToken)
    {
        var missing = clientIds.Distinct().Where(id => !unwrapped.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var stored = await db.ClientKeys.AsNoTracking().Where(k => EF.Parameter(missing).Contains(k.ClientId)).ToListAsync(cancellationToken);
            foreach (var key in stored)
            {
                unwrapped[key.ClientId] = crypto.Unwrap(key.ClientId, key.WrappedKey);
            }
        }

        return clientIds.Distinct().Where(unwrapped.ContainsKey).ToDictionary(id => id, id => unwrapped[id]);
    }

    /// <summary>Deletes the clients' keys: what the trail sealed for them can no longer be read by anyone.</summary>
    public async Task DestroyAsync(IReadOnlyCollection<int> clientIds, CancellationToken cancellationToken)
    {
        foreach (var pending in db.ChangeTracker.Entries<ClientKey>().Where(e => clientIds.Contains(e.Entity.ClientId)).ToList())
        {
            pending.State = EntityState.Detached;
        }

        foreach (var clientId in clientIds)
        {
            unwrapped.Remove(clientId);
        }

        await db.ClientKeys.Where(k => clientIds.Contains(k.ClientId)).ExecuteDeleteAsync(cancellationToken);
    }
}
