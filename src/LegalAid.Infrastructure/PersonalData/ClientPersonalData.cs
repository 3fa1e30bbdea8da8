using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;

namespace LegalAid.Infrastructure.PersonalData;

/// <summary>
/// Everything that holds a client's personal data, one line per table. The audit trail seals the values of these fields
/// under the client's key, and anonymisation and erasure remove them (and destroy the key): a table added here is
/// covered by both.
/// </summary>
internal static class ClientPersonalData
{
    public static IReadOnlyList<PersonalDataHolder> Holders { get; } =
    [
        new ClientRecord(),
        new DeletedRows<ClientNameToken>(t => t.ClientId, OwnedThrough.Client, t => t.Value),
        new ClearedTexts<Case>(c => c.ClientId, OwnedThrough.Client, c => c.Summary),
        new ClearedTexts<CaseStatusChange>(h => h.CaseId, OwnedThrough.Case, h => h.Note),
        new ClearedTexts<Consultation>(c => c.ClientId, OwnedThrough.Client, c => c.Summary, c => c.VoidReason),
        new ClearedTexts<Deadline>(d => d.CaseId, OwnedThrough.Case, d => d.Note, d => d.Place, d => d.VoidReason),
        new ClearedTexts<Referral>(r => r.CaseId, OwnedThrough.Case, r => r.Note, r => r.ResultNote, r => r.VoidReason),
        new CaseDocuments(),
        new ClientTransfers(),
    ];

    private static readonly Dictionary<Type, PersonalDataHolder> ByType = Holders.ToDictionary(h => h.EntityType);

    public static PersonalDataHolder? For(Type entityType) => ByType.GetValueOrDefault(entityType);
}
