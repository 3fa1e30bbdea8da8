using LegalAid.Application.Common;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Statistics.Engine.Packs;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Statistics.Engine;

/// <summary>
/// Reads the facts of one window, unfiltered (every filter applies in <see cref="IndicatorCalculator"/>, so one load
/// serves any combination), from the persisted fact packs (<see cref="IStatisticsPackStore"/>): the months of
/// consultations the window spans, every block of cases (with their categories, status history and referrals) and the
/// blocks of the clients those facts name; a pack a change has invalidated is rebuilt from the records first. Reading a
/// few dozen compact packs replaces materialising some hundred thousand rows one by one. The centre scope applies to
/// every fact: a consultation counts for the centre where it was held (<paramref name="scopeCentreId"/>), a case, its
/// history and its referrals for the centre that holds it. Clients give their sex, citizenship and age, and whether a
/// served client came before the window (the day of their first consultation at each centre is in their pack); the case
/// packs tell who has more than one case.
/// </summary>
internal sealed class StatisticsFactsLoader(IApplicationDbContext db, IStatisticsPackStore packs, TimeProvider clock, int? scopeCentreId)
{
    public async Task<StatisticsFacts> LoadAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        var readAt = clock.GetUtcNow();
        var consultationPacks = await PacksAsync(PackKind.Consultations, PackSegment.Months(start, end), ConsultationPack.BuildAsync, cancellationToken);
        // Decoded on another core while the cases are read: neither needs the other.
        var consultationsRead = Task.Run(() => ReadConsultations(consultationPacks, start, end), cancellationToken);

        var partnerNames = await db.PartnerOrganisations.AsNoTracking()
            .ToDictionaryAsync(p => p.Id, p => new LocalisedName { Ru = p.Name, Ky = p.NameKy, En = p.NameEn }, cancellationToken);
        var cases = new CasePack.Window(start, end, scopeCentreId, partnerNames);
        var lastCaseId = await db.Cases.IgnoreQueryFilters().MaxAsync(c => (int?)c.Id, cancellationToken) ?? 0;
        foreach (var pack in await PacksAsync(PackKind.Cases, PackSegment.Blocks(lastCaseId), CasePack.BuildAsync, cancellationToken))
        {
            cases.Read(pack);
        }

        var (consultations, firstConsultation) = await consultationsRead;
        var served = Array.ConvertAll(firstConsultation, day => day != default);
        var wanted = WantedClients(served, cases.Cases);
        var clients = new Dictionary<int, ClientFact>(wanted.Count(isWanted => isWanted));
        var cameBefore = new List<int>();
        foreach (var pack in await PacksAsync(PackKind.Clients, ClientBlocks(wanted), ClientPack.BuildAsync, cancellationToken))
        {
            ClientPack.Read(pack, wanted, served, start, scopeCentreId, clients, cameBefore);
        }

        return new StatisticsFacts
        {
            ReadAt = readAt,
            Consultations = consultations,
            Clients = clients,
            Cases = cases.Cases,
            FirstConsultation = CameBefore(firstConsultation, cameBefore, start),
            SecondCaseOpenedOn = Enumerable.Range(0, served.Length).Where(id => served[id])
                .Select(id => (Id: id, On: cases.SecondCaseOpenedOn(id))).Where(c => c.On is not null)
                .ToDictionary(c => c.Id, c => c.On!.Value),
            Referrals = cases.Referrals,
            CategoryNames = await db.ProblemCategories.AsNoTracking()
                .ToDictionaryAsync(c => c.Id, c => new LocalisedName { Ru = c.NameRu, Ky = c.NameKy, En = c.NameEn }, cancellationToken),
            CentreCodes = await db.Centres.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Code, cancellationToken),
        };
    }

    /// <summary>
    /// The packs of these segments, each rebuilt from the records first when a change has invalidated it (or it is of an
    /// older format); a segment the store did not answer for is read from the records and not kept.
    /// </summary>
    private async Task<List<byte[]>> PacksAsync(PackKind kind, List<int> numbers, Func<IApplicationDbContext, PackSegment, CancellationToken, Task<byte[]>> build, CancellationToken cancellationToken)
    {
        var result = new List<byte[]>(numbers.Count);
        var stored = (await packs.ReadAsync(kind, numbers, cancellationToken)).DistinctBy(p => p.Number).ToDictionary(p => p.Number);
        foreach (var number in numbers)
        {
            var pack = stored.GetValueOrDefault(number);
            if (pack?.Data is { } data && PackWriter.IsCurrent(data))
            {
                result.Add(data);
                continue;
            }

            var built = await build(db, new PackSegment(kind, number), cancellationToken);
            if (pack is not null)
            {
                await packs.StoreAsync(kind, number, pack.Stamp, built, cancellationToken);
            }

            result.Add(built);
        }

        return result;
    }

    /// <summary>The packs' consultations in the window, and each served client's first one.</summary>
    private (ConsultationColumns Consultations, DateOnly[] FirstConsultation) ReadConsultations(List<byte[]> consultationPacks, DateOnly start, DateOnly end)
    {
        var consultations = new ConsultationColumns(consultationPacks.Sum(p => p.Length) / ConsultationPack.TypicalBytes);
        foreach (var pack in consultationPacks)
        {
            ConsultationPack.Read(pack, start, end, scopeCentreId, consultations);
        }

        return (consultations, FirstConsultations(consultations));
    }

    /// <summary>Each served client's first consultation in the window, by client id; none (the default) for the others.</summary>
    private static DateOnly[] FirstConsultations(ConsultationColumns consultations)
    {
        var clientIds = consultations.ClientId;
        var heldOn = consultations.HeldOn;
        var lastClientId = -1;
        foreach (var clientId in clientIds)
        {
            lastClientId = Math.Max(lastClientId, clientId);
        }

        var first = new DateOnly[lastClientId + 1];
        for (var i = 0; i < clientIds.Length; i++)
        {
            ref var known = ref first[clientIds[i]];
            if (known == default || heldOn[i] < known)
            {
                known = heldOn[i];
            }
        }

        return first;
    }

    /// <summary>The clients whose facts the window needs, by client id: those served and those of the loaded cases.</summary>
    private static bool[] WantedClients(bool[] served, CaseTable cases)
    {
        var lastClientId = served.Length - 1;
        foreach (var @case in cases.All)
        {
            lastClientId = Math.Max(lastClientId, @case.ClientId);
        }

        var wanted = new bool[lastClientId + 1];
        served.CopyTo(wanted, 0);
        foreach (var @case in cases.All)
        {
            wanted[@case.ClientId] = true;
        }

        return wanted;
    }

    /// <summary>The blocks of clients that hold the wanted ones, in order.</summary>
    private static List<int> ClientBlocks(bool[] wanted)
    {
        var blocks = new List<int>();
        for (var id = 0; id < wanted.Length; id++)
        {
            if (wanted[id] && (blocks.Count == 0 || blocks[^1] != PackSegment.ClientsOf(id).Number))
            {
                blocks.Add(PackSegment.ClientsOf(id).Number);
            }
        }

        return blocks;
    }

    /// <summary>
    /// Gives a client who came before the window the day before it as their first consultation. Every period compared
    /// lies inside the window, so that day is as good as the real one for deciding who is new, and it needs no read of
    /// anyone's earlier history.
    /// </summary>
    private static DateOnly[] CameBefore(DateOnly[] firstConsultation, List<int> cameBefore, DateOnly start)
    {
        var beforeStart = start.AddDays(-1);
        foreach (var clientId in cameBefore)
        {
            firstConsultation[clientId] = beforeStart;
        }

        return firstConsultation;
    }
}
