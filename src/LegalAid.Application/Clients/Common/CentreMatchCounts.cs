using LegalAid.Application.Clients.FindClients;
using LegalAid.Application.Common.Models;
using LegalAid.Domain.Clients;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Clients.Common;

public static class CentreMatchCounts
{
    /// <summary>How many of the clients each centre holds, the centre named as its pages name it.</summary>
    public static Task<List<CentreMatchCount>> CountByCentreAsync(this IQueryable<Client> clients, CancellationToken cancellationToken) =>
        clients.GroupBy(c => new { c.Centre.Code, c.Centre.Name, c.Centre.NameKy, c.Centre.NameEn })
            .Select(g => new CentreMatchCount(g.Key.Code, new LocalisedName { Ru = g.Key.Name, Ky = g.Key.NameKy, En = g.Key.NameEn }, g.Count()))
            .ToListAsync(cancellationToken);
}
