using LegalAid.Domain.Clients;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.PersonalData;

/// <summary>
/// The client's own row: names in every script, contacts, the exact birth date and the region of origin go, with the
/// search keys built from them and the script the name was written in (which lists sort by); sex, citizenship, the
/// birth year, language and consent stay, because statistics count them.
/// </summary>
internal sealed class ClientRecord() : PersonalDataHolder<Client>(
    c => c.Id,
    OwnedThrough.Client,
    [nameof(PersonName.FamilyName), nameof(PersonName.GivenName), nameof(PersonName.Patronymic), nameof(PersonName.LatinName),
        nameof(Client.BirthDate), nameof(Client.Phone), nameof(Client.MessengerContact), nameof(Client.RegionOfOrigin)])
{
    public override IReadOnlySet<string> AboutThePerson => Fields;

    public override Task<int> RemoveAsync(PersonalDataRemoval removal, CancellationToken cancellationToken) =>
        Rows(removal).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(c => c.Name.FamilyName, string.Empty)
                .SetProperty(c => c.Name.GivenName, string.Empty)
                .SetProperty(c => c.Name.Patronymic, (string?)null)
                .SetProperty(c => c.Name.LatinName, (string?)null)
                .SetProperty(c => c.BirthDate, (DateOnly?)null)
                .SetProperty(c => c.Phone, (string?)null)
                .SetProperty(c => c.MessengerContact, (string?)null)
                .SetProperty(c => c.RegionOfOrigin, (string?)null)
                .SetProperty(c => c.SearchKey, string.Empty)
                .SetProperty(c => c.FamilyNameKey, string.Empty)
                .SetProperty(c => c.GivenNameKey, string.Empty)
                .SetProperty(c => c.NameIsCyrillic, false)
                .SetProperty(c => c.AnonymisedOn, removal.Today)
                .SetProperty(c => c.Version, c => c.Version + 1),
            cancellationToken);
}
