using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;

namespace LegalAid.Application.Clients.Common;

/// <summary>
/// The order of clients in every list: names in Cyrillic first, then those in Latin (and any other script), each
/// by the database's Russian collation (family name, then given name).
/// </summary>
public static class ClientOrder
{
    public static IOrderedQueryable<Client> InListOrder(this IQueryable<Client> clients) =>
        clients.OrderByDescending(c => c.NameIsCyrillic).ThenBy(c => c.Name.FamilyName).ThenBy(c => c.Name.GivenName).ThenBy(c => c.Id);

    public static IOrderedQueryable<Case> InClientListOrder(this IQueryable<Case> cases) =>
        cases.OrderByDescending(c => c.Client.NameIsCyrillic).ThenBy(c => c.Client.Name.FamilyName).ThenBy(c => c.Client.Name.GivenName).ThenBy(c => c.Id);
}
