using System.Text.Json;
using System.Text.Json.Serialization;
using LegalAid.Domain.Auditing;
using LegalAid.Infrastructure.Persistence;
using LegalAid.Infrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Auditing;

/// <summary>The personal values an audit entry keeps, as they are sealed: changed fields (before, after) and details.</summary>
internal sealed record SealedContent(Dictionary<string, object?[]>? Changes, string? Details);

/// <summary>A sealed value and the clients whose keys open it.</summary>
internal sealed record Seal(byte[] Value, string SealedFor);

/// <summary>
/// Seals what an audit entry keeps of clients' personal data with their keys, and opens it again for a reader allowed
/// to see those clients while every key still exists. One per database context.
/// </summary>
internal sealed class AuditSealing(LegalAidDbContext db, ClientKeyRing keys, AuditCrypto crypto)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly Dictionary<int, int> clientOfCase = [];

    /// <summary>Seals changed personal fields of a row that belongs to a client, directly or through one of their cases.</summary>
    public async Task<Seal?> SealChangesAsync(Dictionary<string, object?[]> changes, int ownerId, OwnedThrough ownedThrough, CancellationToken cancellationToken)
    {
        var clientId = ownedThrough == OwnedThrough.Client ? ownerId : await ClientOfCaseAsync(ownerId, cancellationToken);
        return clientId is { } id ? await SealAsync(new SealedContent(changes, null), [id], cancellationToken) : null;
    }

    /// <summary>Seals personal details (search terms) for the clients they led to.</summary>
    public Task<Seal> SealDetailsAsync(string details, IReadOnlyCollection<int> clientIds, CancellationToken cancellationToken) =>
        SealAsync(new SealedContent(null, details), clientIds, cancellationToken);

    public string HashSearchTerms(string terms) => crypto.HashSearchTerms(terms);

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
        var sealedFor = AuditEntry.SealedForText(ordered);
        var clientKeys = await keys.ForSealingAsync(ordered, cancellationToken);
        return new Seal(AuditCrypto.Seal(JsonSerializer.Serialize(content, Json), sealedFor, clientKeys), sealedFor);
    }

    private async Task<int?> ClientOfCaseAsync(int caseId, CancellationToken cancellationToken)
    {
        if (!clientOfCase.TryGetValue(caseId, out var clientId))
        {
            var tracked = db.ChangeTracker.Entries<Domain.Cases.Case>().FirstOrDefault(c => c.Entity.Id == caseId)?.Entity.ClientId;
            var stored = tracked ?? await db.Cases.IgnoreQueryFilters().Where(c => c.Id == caseId).Select(c => (int?)c.ClientId).SingleOrDefaultAsync(cancellationToken);
            if (stored is null)
            {
                return null;
            }

            clientOfCase[caseId] = clientId = stored.Value;
        }

        return clientId;
    }
}
