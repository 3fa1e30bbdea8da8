using System.Diagnostics;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Centres;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Partners;
using LegalAid.Domain.Staff;
using LegalAid.Infrastructure.Persistence;
using LegalAid.Infrastructure.Persistence.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LegalAid.Infrastructure.DemoData;

/// <summary>
/// Fills the database with realistic, reproducible demo records: staff of each centre, clients,
/// their cases and consultations over the last years. Sizes range from the 600 clients of a demo
/// to the million consultations the benchmarks ask for.
/// </summary>
public sealed partial class DemoDataGenerator(LegalAidDbContext db, TimeProvider clock, ILogger<DemoDataGenerator> logger)
{
    private const int BatchSize = 2000;
    private const int LawyersPerCentre = 4;

    private static readonly WeightedChoice<int> CentreChoice = new((CentreSeed.Moscow, 50), (CentreSeed.Kazan, 25), (CentreSeed.Chelyabinsk, 25));

    private sealed record ClientRow(int Id, int CentreId, DateOnly RegisteredOn);

    public Task<bool> HasClientsAsync(CancellationToken cancellationToken) => db.Clients.AnyAsync(cancellationToken);

    public async Task<DemoDataSummary> GenerateAsync(DemoDataOptions options, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var random = new Random(options.Seed);
        var now = clock.GetUtcNow().UtcDateTime;
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AuditChanges = false;
        try
        {
            var centres = await db.Centres.AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
            var lawyers = await EnsureStaffAsync(centres.Values, cancellationToken);
            var parties = await EnsureOpposingPartiesAsync(cancellationToken);
            var partners = await EnsurePartnersAsync(cancellationToken);
            var clients = await InsertClientsAsync(options, centres, now, random, cancellationToken);
            var caseCount = await InsertCasesAsync(options, clients, centres, lawyers, new DemoCaseFactory(random, parties, partners), parties, now, random, cancellationToken);

            var summary = new DemoDataSummary(lawyers.Values.Sum(l => l.Count), clients.Count, caseCount, options.Consultations, Stopwatch.GetElapsedTime(started));
            LogGenerated(logger, summary.Clients, summary.Cases, summary.Consultations, summary.Elapsed.TotalSeconds);
            return summary;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            db.AuditChanges = true;
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Every centre gets demo lawyers unless it already has some.</summary>
    private async Task<Dictionary<int, List<int>>> EnsureStaffAsync(IEnumerable<Centre> centres, CancellationToken cancellationToken)
    {
        var staffed = await db.StaffMembers.Where(s => s.IsActive && s.CentreId != null).Select(s => s.CentreId!.Value).Distinct().ToListAsync(cancellationToken);
        var names = new Queue<string>(DemoNames.StaffNames);
        foreach (var centre in centres.Where(c => !staffed.Contains(c.Id)))
        {
            for (var i = 0; i < LawyersPerCentre && names.Count > 0; i++)
            {
                db.StaffMembers.Add(new StaffMember(names.Dequeue(), centre.Id));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var staff = await db.StaffMembers.AsNoTracking().Where(s => s.IsActive && s.CentreId != null).ToListAsync(cancellationToken);
        return staff.GroupBy(s => s.CentreId!.Value).ToDictionary(g => g.Key, g => g.Select(s => s.Id).ToList());
    }

    private async Task<DemoOpposingParties> EnsureOpposingPartiesAsync(CancellationToken cancellationToken)
    {
        var parties = new DemoOpposingParties(await db.OpposingParties.AsNoTracking().ToListAsync(cancellationToken));
        db.OpposingParties.AddRange(parties.All.Where(p => p.Id == 0));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return parties;
    }

    private async Task<List<int>> EnsurePartnersAsync(CancellationToken cancellationToken)
    {
        var existing = await db.PartnerOrganisations.Select(p => p.Name).ToListAsync(cancellationToken);
        db.PartnerOrganisations.AddRange(DemoNames.Partners.Except(existing).Select(name => new PartnerOrganisation(name, null)));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return await db.PartnerOrganisations.Select(p => p.Id).ToListAsync(cancellationToken);
    }

    private async Task<List<ClientRow>> InsertClientsAsync(DemoDataOptions options, Dictionary<int, Centre> centres, DateTime now, Random random, CancellationToken cancellationToken)
    {
        var factory = new DemoClientFactory(random);
        var firstDay = DateOnly.FromDateTime(now.AddYears(-options.Years));
        var days = DateOnly.FromDateTime(now).DayNumber - firstDay.DayNumber;
        var rows = new List<ClientRow>(options.Clients);
        var batch = new List<Client>(BatchSize);

        for (var i = 0; i < options.Clients; i++)
        {
            var centre = centres[CentreChoice.Next(random)];
            var registeredOn = firstDay.AddDays(random.Next(0, days));
            var registeredAt = centre.MomentFromLocal(registeredOn.ToDateTime(new TimeOnly(random.Next(9, 18), 0))).Utc;
            batch.Add(new Client(factory.Next(registeredOn), centre.Id, registeredAt));
            if (batch.Count == BatchSize || i == options.Clients - 1)
            {
                db.Clients.AddRange(batch);
                await db.SaveChangesAsync(cancellationToken);
                rows.AddRange(batch.Select(c => new ClientRow(c.Id, c.RegisteringCentreId, c.Consent.GivenOn)));
                db.ChangeTracker.Clear();
                batch.Clear();
            }
        }

        return rows;
    }

    private async Task<int> InsertCasesAsync(
        DemoDataOptions options,
        List<ClientRow> clients,
        Dictionary<int, Centre> centres,
        Dictionary<int, List<int>> lawyers,
        DemoCaseFactory factory,
        DemoOpposingParties parties,
        DateTime now,
        Random random,
        CancellationToken cancellationToken)
    {
        var yesterday = DateOnly.FromDateTime(now).AddDays(-1);
        var plans = PlanCases(clients, options.Consultations, yesterday, random);
        var counters = await db.CaseNumberCounters.AsNoTracking().ToDictionaryAsync(c => (c.CentreId, c.Year), c => c.LastSequence, cancellationToken);

        foreach (var chunk in plans.OrderBy(p => p.OpenedOn).Chunk(BatchSize))
        {
            db.OpposingParties.AttachRange(parties.All);
            foreach (var (client, centreId, openedOn, consultations) in chunk)
            {
                var centre = centres[centreId];
                var sequence = counters[(centreId, openedOn.Year)] = counters.GetValueOrDefault((centreId, openedOn.Year)) + 1;
                var number = new CaseNumber(centre.Code, openedOn.Year, sequence);
                db.Cases.Add(factory.Make(new DemoCaseFactory.Plan(number, client, centre, lawyers[centreId], openedOn, consultations, yesterday)));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await SaveCountersAsync(counters, cancellationToken);
        return plans.Count;
    }

    /// <summary>About 1.25 cases per client, each with at least one consultation; the rest spread unevenly.</summary>
    private static List<(int ClientId, int CentreId, DateOnly OpenedOn, int Consultations)> PlanCases(
        List<ClientRow> clients, int consultations, DateOnly today, Random random)
    {
        var cases = new List<(int ClientId, int CentreId, DateOnly OpenedOn)>();
        foreach (var client in clients)
        {
            var count = random.NextDouble() switch { < 0.80 => 1, < 0.95 => 2, _ => 3 };
            var opened = client.RegisteredOn;
            for (var i = 0; i < count && cases.Count < consultations; i++)
            {
                // A case is opened where the client is registered, as the app itself allows.
                cases.Add((client.Id, client.CentreId, opened));
                var remaining = today.DayNumber - opened.DayNumber;
                opened = opened.AddDays(remaining <= 1 ? 0 : random.Next(1, remaining));
            }
        }

        var counts = Enumerable.Repeat(1, cases.Count).ToArray();
        for (var extra = consultations - cases.Count; extra > 0; extra--)
        {
            counts[(int)(cases.Count * Math.Pow(random.NextDouble(), 1.6))]++;
        }

        return cases.Select((c, i) => (c.ClientId, c.CentreId, c.OpenedOn, counts[i])).ToList();
    }

    private async Task SaveCountersAsync(Dictionary<(int CentreId, int Year), int> counters, CancellationToken cancellationToken)
    {
        var existing = await db.CaseNumberCounters.ToListAsync(cancellationToken);
        foreach (var ((centreId, year), last) in counters)
        {
            var counter = existing.FirstOrDefault(c => c.CentreId == centreId && c.Year == year);
            if (counter is null)
            {
                db.CaseNumberCounters.Add(new CaseNumberCounter { CentreId = centreId, Year = year, LastSequence = last });
            }
            else
            {
                counter.LastSequence = last;
                db.Entry(counter).State = EntityState.Modified;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Clients} clients, {Cases} cases, {Consultations} consultations in {Seconds:0.0} s")]
    private static partial void LogGenerated(ILogger logger, int clients, int cases, int consultations, double seconds);
}
