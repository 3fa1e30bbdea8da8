using LegalAid.Application.Common;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Clients;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Statistics.Engine.Packs;

/// <summary>
/// A block of clients by id, every centre's, anonymised or not: sex, citizenship, birth year and date, and the day of
/// their first consultation at each centre where they had one (voided ones left out).
/// </summary>
internal static class ClientPack
{
    public static async Task<byte[]> BuildAsync(IApplicationDbContext db, PackSegment block, CancellationToken cancellationToken)
    {
        var (first, next) = (block.FirstId, block.FirstId + PackSegment.BlockSize);
        var clients = await db.Clients.AsNoTracking().IgnoreQueryFilters().Where(c => c.Id >= first && c.Id < next)
            .OrderBy(c => c.Id).Select(c => new ClientFact(c.Id, c.Sex, c.Citizenship, c.BirthYear, c.BirthDate))
            .ToListAsync(cancellationToken);
        var firstVisits = (await db.Consultations.AsNoTracking().IgnoreQueryFilters(QueryFilters.CentreScopeOnly).Where(c => c.ClientId >= first && c.ClientId < next)
            .GroupBy(c => new { c.ClientId, c.CentreId }).Select(g => new { g.Key.ClientId, g.Key.CentreId, On = g.Min(c => c.HeldOn) })
            .ToListAsync(cancellationToken)).ToLookup(v => v.ClientId);
        var citizenships = clients.Select(c => c.Citizenship).Distinct(StringComparer.Ordinal).ToList();
        var pack = new PackWriter();
        pack.Write(citizenships.Count);
        foreach (var code in citizenships)
        {
            pack.Write(code.Length);
            foreach (var character in code)
            {
                pack.Write(character);
            }
        }

        foreach (var client in clients)
        {
            pack.Write(client.Id);
            pack.Write((int)client.Sex);
            pack.Write(citizenships.IndexOf(client.Citizenship));
            pack.WriteNullable(client.BirthYear);
            pack.WriteNullable(client.BirthDate?.DayNumber);
            pack.Write(firstVisits[client.Id].Count());
            foreach (var visit in firstVisits[client.Id])
            {
                pack.Write(visit.CentreId);
                pack.Write(visit.On.DayNumber);
            }
        }

        return pack.ToArray();
    }

    /// <summary>
    /// Adds the pack's clients marked in <paramref name="wanted"/>, and those marked in <paramref name="served"/> who came
    /// before <paramref name="start"/> (to one centre, when given); both are indexed by client id.
    /// </summary>
    public static void Read(ReadOnlySpan<byte> data, ReadOnlySpan<bool> wanted, ReadOnlySpan<bool> served, DateOnly start, int? centreId, Dictionary<int, ClientFact> clients, List<int> cameBefore)
    {
        var reader = new PackReader(data);
        var citizenships = new string[reader.ReadInt()];
        for (var i = 0; i < citizenships.Length; i++)
        {
            var characters = new char[reader.ReadInt()];
            for (var c = 0; c < characters.Length; c++)
            {
                characters[c] = (char)reader.ReadInt();
            }

            citizenships[i] = new string(characters);
        }

        while (!reader.AtEnd)
        {
            var (id, sex, citizenship, birthYear, birthDay) = (reader.ReadInt(), reader.ReadInt(), reader.ReadInt(), reader.ReadNullableInt(), reader.ReadNullableInt());
            if (id < wanted.Length && wanted[id])
            {
                clients.Add(id, new ClientFact(id, (Sex)sex, citizenships[citizenship], birthYear, birthDay is { } day ? DateOnly.FromDayNumber(day) : null));
            }

            var before = false;
            for (var count = reader.ReadInt(); count > 0; count--)
            {
                var (centre, firstDay) = (reader.ReadInt(), reader.ReadInt());
                before |= firstDay < start.DayNumber && (centreId is null || centre == centreId);
            }

            if (before && id < served.Length && served[id])
            {
                cameBefore.Add(id);
            }
        }
    }
}
