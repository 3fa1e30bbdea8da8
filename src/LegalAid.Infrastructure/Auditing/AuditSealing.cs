using System.Text.Json;
using System.Text.Json.Serialization;
using LegalAid.Domain.Auditing;
using LegalAid.Infrastructure.Persistence;
using LegalAid.Infrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Auditing;

/// <summary>The personal values an audit entry keeps, as they are sealed: changed fields (before, after) and details.</summary>
internal sealed record SealedContent(Dictionary<string, object?[]>? Changes, string? Details);

/// <summary>A row's changed personal fields (before, after) as sealed content in UTF-8 JSON (<see cref="AuditJson"/>), and the client or case it belongs to.</summary>
internal sealed record PersonalChanges(byte[] Content, int OwnerId, OwnedThrough OwnedThrough);

/// <summary>A sealed value and the clients whose keys open it.</summary>
internal sealed record Seal(byte[] Value, string SealedFor);

/// <summary>
/// Seals what an audit entry keeps of clients' personal data with their keys, and opens it again for a reader allowed
/// to see those clients while every key still exists. One per database context.
/// </summary>
internal sealed class AuditSealing(LegalAidDbContext db, ClientKeyRing keys)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly Dictionary<int, int> clientOfCase = [];

    /// <summary>Seals changed personal fields of a row that belongs to a client, directly or through one of their cases.</summary>
    public async Task<Seal?> SealChangesAsync(Dictionary<string, object?[]> changes, int ownerId, OwnedThrough ownedThrough, CancellationToken cancellationToken) =>
        (await SealChangesAsync([new PersonalChanges(AuditJson.Sealed(changes), ownerId, ownedThrough)], cancellationToken))[0];

    /// <summary>
    /// Seals the changed personal fields of many rows, each for its client: the clients of their cases and the clients'
    /// keys are looked up for all of them at once, so a save of many rows asks the database once, not once a row. Null
    /// for a row whose case no longer exists.
    /// </summary>
    public async Task<IReadOnlyList<Seal?>> SealChangesAsync(IReadOnlyList<PersonalChanges> rows, CancellationToken cancellationToken)
    {
        await FindClientsOfCasesAsync(rows.Where(r => r.OwnedThrough == OwnedThrough.Case).Select(r => r.OwnerId), cancellationToken);
        var clientIds = rows.Select(r => r.OwnedThrough == OwnedThrough.Client ? r.OwnerId : clientOfCase.TryGetValue(r.OwnerId, out var id) ? id : (int?)null).ToList();
        var owners = clientIds.OfType<int>().Distinct().ToList();
        var clientKeys = await keys.ForSealingAsync(owners, cancellationToken);
        var ciphers = owners.Select((id, i) => (id, AuditCrypto.SealCipher(clientKeys[i]))).ToDictionary();
        try
        {
            return [.. rows.Select((row, i) => clientIds[i] is { } id ? SealFor(id, ciphers[id], row.Content) : null)];
        }
        finally
        {
            foreach (var cipher in ciphers.Values)
            {
                cipher.Dispose();
            }
        }
    }

    /// <summary>Seals personal details (search terms) for the clients they led to.</summary>
    public Task<Seal> SealDetailsAsync(string details, IReadOnlyCollection<int> clientIds, CancellationToken cancellationToken) =>
        SealAsync(new SealedContent(null, details), clientIds, cancellationToken);

    /// <summary>
    /// The sealed content of each entry that opens for a reader who may see <paramref name="readableClientIds"/>: sealed for
    /// those clients only, and their keys all still there.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, SealedContent>> OpenAsync(IReadOnlyCollection<AuditEntry> entries, IReadOnlySet<int> readableClientIds, CancellationToken cancellationToken)
    {
        var sealedEntries = entries.Where(e => e is { Sealed: not null, SealedFor: not null })
            .Select(e => (Entry: e, Clients: e.SealedForClientIds))
            .Where(e => e.Clients.All(readableClientIds.Contains))
            .ToList();
        var found = await keys.FindAsync(sealedEntries.SelectMany(e => e.Clients), cancellationToken);
        var opened = new Dictionary<long, SealedContent>();
        foreach (var (entry, clients) in sealedEntries.Where(e => e.Clients.All(found.ContainsKey)))
        {
            if (AuditCrypto.Open(entry.Sealed!, entry.SealedFor!, clients.Select(id => found[id]).ToList()) is { } json)
            {
                opened[entry.Id] = JsonSerializer.Deserialize<SealedContent>(json, Json)!;
            }
        }

        return opened;
    }

    private async Task<Seal> SealAsync(SealedContent content, IReadOnlyCollection<int> clientIds, CancellationToken cancellationToken)
    {
        var ordered = clientIds.Distinct().Order().ToList();
        return Seal(content, ordered, await keys.ForSealingAsync(ordered, cancellationToken));
    }

    private static Seal Seal(SealedContent content, IReadOnlyList<int> orderedClientIds, IReadOnlyList<byte[]> clientKeys)
    {
        var sealedFor = AuditEntry.SealedForText(orderedClientIds);
        return new Seal(AuditCrypto.Seal(JsonSerializer.Serialize(content, Json), sealedFor, clientKeys), sealedFor);
    }

    /// <summary>Remembers the clients of cases just inserted without the change tracker, whose records are sealed next.</summary>
    public void Know(IEnumerable<Domain.Cases.Case> cases)
    {
        foreach (var @case in cases)
        {
            clientOfCase[@case.Id] = @case.ClientId;
        }
    }

    private static Seal SealFor(int clientId, System.Security.Cryptography.AesGcm cipher, byte[] content)
    {
        var sealedFor = AuditEntry.SealedForText([clientId]);
        return new Seal(AuditCrypto.Seal(cipher, content, sealedFor), sealedFor);
    }

    /// <summary>Learns the client of each case: from the cases being saved when they are there, else from the database in one query.</summary>
    private async Task FindClientsOfCasesAsync(IEnumerable<int> caseIds, CancellationToken cancellationToken)
    {
        var wanted = caseIds.Where(id => !clientOfCase.ContainsKey(id)).ToHashSet();
        if (wanted.Count == 0)
        {
            return;
        }

        foreach (var tracked in db.ChangeTracker.Entries<Domain.Cases.Case>().Select(c => c.Entity).Where(c => wanted.Contains(c.Id)))
        {
            clientOfCase[tracked.Id] = tracked.ClientId;
        }

        var stored = wanted.Where(id => !clientOfCase.ContainsKey(id)).ToList();
        if (stored.Count > 0)
        {
            foreach (var @case in await db.Cases.IgnoreQueryFilters().Where(c => EF.Parameter(stored).Contains(c.Id)).Select(c => new { c.Id, c.ClientId }).ToListAsync(cancellationToken))
            {
                clientOfCase[@case.Id] = @case.ClientId;
            }
        }
    }
}
