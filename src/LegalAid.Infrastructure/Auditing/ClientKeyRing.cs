using LegalAid.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Auditing;

/// <summary>The clients' audit keys one database context reads, creates and destroys, unwrapped once per context.</summary>
internal sealed class ClientKeyRing(LegalAidDbContext db, AuditCrypto crypto, TimeProvider clock)
{
    private readonly Dictionary<int, byte[]> unwrapped = [];

    /// <summary>The keys of these clients, created for those who have none yet (saved with the context's next save).</summary>
    public async Task<IReadOnlyList<byte[]>> ForSealingAsync(IReadOnlyList<int> clientIds, CancellationToken cancellationToken)
    {
        var found = await FindAsync(clientIds, cancellationToken);
        foreach (var clientId in clientIds.Where(id => !found.ContainsKey(id)))
        {
            var key = AuditCrypto.NewClientKey();
            db.ClientKeys.Add(new ClientKey { ClientId = clientId, WrappedKey = crypto.Wrap(clientId, key), CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
            unwrapped[clientId] = key;
        }

        return clientIds.Select(id => unwrapped[id]).ToList();
    }

    /// <summary>The keys that still exist among these clients'.</summary>
    public async Task<IReadOnlyDictionary<int, byte[]>> FindAsync(IEnumerable<int> clientIds, CancellationToken cancellationToken)
    {
        var missing = clientIds.Distinct().Where(id => !unwrapped.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var stored = await db.ClientKeys.AsNoTracking().Where(k => missing.Contains(k.ClientId)).ToListAsync(cancellationToken);
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
