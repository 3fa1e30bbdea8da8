using LegalAid.Domain.Transfers;
using LegalAid.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.PersonalData;

/// <summary>
/// A client's transfers between centres: the rows stay (which centre the client went to, and when), the notes and the
/// details of the person sought go. A request whose person was never matched to a client has no owner here.
/// </summary>
internal sealed class ClientTransfers() : PersonalDataHolder(
    typeof(ClientTransfer),
    nameof(ClientTransfer.ClientId),
    OwnedThrough.Client,
    [nameof(ClientTransfer.RequestNote), nameof(ClientTransfer.ProposalNote), nameof(ClientTransfer.DecisionNote), .. Sought])
{
    private static readonly string[] Sought = [nameof(PersonSought.FamilyName), nameof(PersonSought.GivenName), nameof(PersonSought.Patronymic), nameof(PersonSought.BirthYear), nameof(PersonSought.BirthDate), nameof(PersonSought.Phone)];

    public override IReadOnlySet<string> AboutThePerson { get; } = Sought.ToHashSet(StringComparer.Ordinal);

    public override Task<int> RemoveAsync(PersonalDataRemoval removal, CancellationToken cancellationToken) =>
        removal.Db.ClientTransfers.IgnoreQueryFilters()
            .Where(t => t.ClientId != null && removal.ClientIds.Values.Contains(t.ClientId.Value))
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(t => t.RequestNote, (string?)null)
                    .SetProperty(t => t.ProposalNote, (string?)null)
                    .SetProperty(t => t.DecisionNote, (string?)null)
                    .SetProperty(t => t.Sought, (PersonSought?)null)
                    .SetProperty(t => t.Version, t => t.Version + 1),
                cancellationToken);

    public override Task<Dictionary<int, int>> OwnersAsync(LegalAidDbContext db, IdList rowIds, CancellationToken cancellationToken) =>
        db.ClientTransfers.IgnoreQueryFilters()
            .Where(t => t.ClientId != null && rowIds.Values.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => t.ClientId!.Value, cancellationToken);
}
