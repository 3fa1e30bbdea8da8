using LegalAid.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Auditing;

/// <summary>The clients' audit keys one database context reads, creates and destroys, unwrapped once per context.</summary>
internal sealed class ClientKeyRing(LegalAidDbContext db, AuditCrypto crypto, TimeProvider clock)
{
    private readonly Dictionary<int, byte[]> unwrapped = [];

    /// <summary>
    /// The keys of these clients, created for those who have none yet. A key is created at once, by a statement that
    /// inserts it only if no other request has meanwhile (two searches that find the same client at the same moment
    /// would otherwise both create one); when another did, that one is read and used.
    /// </summary>
    public async Task<IReadOnlyList<byte[]>> ForSealingAsync(IReadOnlyList<int> clientIds, CancellationToken cancellationToken)
    {
        var found = await FindAsync(clientIds, cancellationToken);
        var raced = new List<int>();
        foreach (var clientId in clientIds.Distinct().Where(id => !found.ContainsKey(id)))
        {
            var key = AuditCrypto.NewClientKey();
            if (await CreateAsync(clientId, crypto.Wrap(clientId, key), cancellationToken))
            {
                unwrapped[clientId] = key;
            }
            else
            {
                raced.Add(clientId);
            }
        }

        await FindAsync(raced, cancellationToken);
        return clientIds.Select(id => unwrapped[id]).ToList();
    }

    private async Task<bool> CreateAsync(int clientId, byte[] wrappedKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (db.Database.IsSqlite() && db.Database.CurrentTransaction is not null)
        {
            // The transaction holds SQLite's only write lock (it began IMMEDIATE), so nobody else can create the key
            // meanwhile: it is saved with the rest, in bulk when an import saves.
            db.ClientKeys.Add(new ClientKey { ClientId = clientId, WrappedKey = wrappedKey, CreatedAtUtc = now });
            return true;
        }

        var sql = db.Database.IsSqlServer()
            ? (FormattableString)$"INSERT INTO [ClientKeys] ([ClientId], [WrappedKey], [CreatedAtUtc]) SELECT {clientId}, {wrappedKey}, {now} WHERE NOT EXISTS (SELECT 1 FROM [ClientKeys] WITH (UPDLOCK, HOLDLOCK) WHERE [ClientId] = {clientId})"
            : $"INSERT INTO \"ClientKeys\" (\"ClientId\", \"WrappedKey\", \"CreatedAtUtc\") VALUES ({clientId}, {wrappedKey}, {now}) ON CONFLICT (\"ClientId\") DO NOTHING";
        return await db.Database.ExecuteSqlAsync(sql, cancellationToken) == 1;
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
