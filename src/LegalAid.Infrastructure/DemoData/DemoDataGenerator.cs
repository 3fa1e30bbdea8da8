using System.Diagnostics;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Centres;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Staff;
using LegalAid.Infrastructure.Persistence;
using LegalAid.Infrastructure.Persistence.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LegalAid.Infrastructure.DemoData;

/// <summary>
/// Fills the database with realistic, reproducible demo records: staff of each centre, clients, their cases,
/// consultations and referrals over the last years up to yesterday, busier in spring than in winter. Sizes range from
/// the 600 clients of a demo to the million consultations the benchmarks ask for. The same seed makes the same number
/// of clients, cases and consultations whatever the day it runs.
/// </summary>
public sealed partial class DemoDataGenerator(LegalAidDbContext db, TimeProvider clock, ILogger<DemoDataGenerator> logger)
{
    private const int BatchSize = 2000;
    private const int LawyersPerCentre = 4;

    private static readonly WeightedChoice<int> CentreChoice = new((CentreSeed.Moscow, 50), (CentreSeed.Kazan, 25), (CentreSeed.Chelyabinsk, 25));

    /// <summary>A client as the cases are planned: <paramref name="Gaps"/> are the days from each case's opening to the next one's.</summary>
    private sealed record ClientRow(int Id, int CentreId, DateOnly RegisteredOn, string Citizenship, Sex Sex, int[] Gaps);

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
            var yesterday = DateOnly.FromDateTime(now).AddDays(-1);
            var calendar = new DemoCalendar(yesterday.AddYears(-options.Years).AddDays(1), yesterday);
            var clients = await InsertClientsAsync(options, centres, calendar, random, cancellationToken);
            var factory = new DemoCaseFactory(random, parties, partners);
            var (cases, consultations) = await InsertCasesAsync(options, clients, centres, lawyers, factory, parties, calendar, random, cancellationToken);

            var summary = new DemoDataSummary(lawyers.Values.Sum(l => l.Count), clients.Count, cases, consultations, factory.Referrals, Stopwatch.GetElapsedTime(started));
            LogGenerated(logger, summary.Clients, summary.Cases, summary.Consultations, summary.Referrals, summary.Elapsed.TotalSeconds);
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

    private async Task<DemoPartners> EnsurePartnersAsync(CancellationToken cancellationToken)
    {
        var existing = await db.PartnerOrganisations.Select(p => p.Name).ToListAsync(cancellationToken);
        db.PartnerOrganisations.AddRange(DemoPartners.Missing(existing));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var ids = await db.PartnerOrganisations.Where(p => DemoPartners.Names.Contains(p.Name)).ToDictionaryAsync(p => p.Name, p => p.Id, cancellationToken);
        return new DemoPartners(ids);
    }

    /// <summary>
    /// Each client comes with the number of cases they will have and the gaps between them, so that they register
    /// early enough for every case to open by yesterday.
    /// </summary>
    private async Task<List<ClientRow>> InsertClientsAsync(DemoDataOptions options, Dictionary<int, Centre> centres, DemoCalendar calendar, Random random, CancellationToken cancellationToken)
    {
        var factory = new DemoClientFactory(random);
        var rows = new List<ClientRow>(options.Clients);
        var batch = new List<(Client Client, int[] Gaps)>(BatchSize);

        for (var i = 0; i < options.Clients; i++)
        {
            var centre = centres[CentreChoice.Next(random)];
            var cases = random.NextDouble() switch { < 0.80 => 1, < 0.95 => 2, _ => 3 };
            var gaps = Enumerable.Range(0, cases - 1).Select(_ => 20 + (int)(random.NextDouble() * random.NextDouble() * 400)).ToArray();
            if (gaps.Sum() is var span && span > calendar.Days / 2)
            {
                gaps = gaps.Select(g => g * (calendar.Days / 2) / span).ToArray();
            }

            var registeredOn = calendar.Day(random, calendar.LastDay.AddDays(-gaps.Sum()));
            var registeredAt = centre.MomentOf(registeredOn.ToDateTime(new TimeOnly(random.Next(9, 18), 0))).Utc;
            batch.Add((new Client(factory.Next(registeredOn), centre.Id, registeredAt), gaps));
            if (batch.Count == BatchSize || i == options.Clients - 1)
            {
                db.Clients.AddRange(batch.Select(b => b.Client));
                await db.SaveChangesAsync(cancellationToken);
                rows.AddRange(batch.Select(b => new ClientRow(b.Client.Id, b.Client.RegisteringCentreId, b.Client.Consent.GivenOn, b.Client.Citizenship, b.Client.Sex, b.Gaps)));
                db.ChangeTracker.Clear();
                batch.Clear();
            }
        }

        return rows;
    }

    private async Task<(int Cases, int Consultations)> InsertCasesAsync(
        DemoDataOptions options,
        List<ClientRow> clients,
        Dictionary<int, Centre> centres,
        Dictionary<int, List<int>> lawyers,
        DemoCaseFactory factory,
        DemoOpposingParties parties,
        DemoCalendar calendar,
        Random random,
        CancellationToken cancellationToken)
    {
        var plans = PlanCases(clients, options.Consultations, calendar.LastDay, random);
        var counters = await db.CaseNumberCounters.AsNoTracking().ToDictionaryAsync(c => (c.CentreId, c.Year), c => c.LastSequence, cancellationToken);

        foreach (var chunk in plans.OrderBy(p => p.OpenedOn).Chunk(BatchSize))
        {
            db.OpposingParties.AttachRange(parties.All);
            foreach (var plan in chunk)
            {
                var centre = centres[plan.Client.CentreId];
                var sequence = counters[(centre.Id, plan.OpenedOn.Year)] = counters.GetValueOrDefault((centre.Id, plan.OpenedOn.Year)) + 1;
                var number = new CaseNumber(centre.Code, plan.OpenedOn.Year, sequence);
                db.Cases.Add(factory.Make(new DemoCaseFactory.Plan(
                    number, plan.Client.Id, plan.Client.Citizenship, plan.Client.Sex, centre, lawyers[centre.Id], plan.OpenedOn, plan.LastDay, plan.Consultations, calendar.LastDay)));
            }

            await db.SaveChangesAsync(cancellationToken);

            // Referral results name their referral by id, which the database has just given.
            factory.RecordReferralResults();
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await SaveCountersAsync(counters, cancellationToken);
        return (plans.Count, plans.Sum(p => p.Consultations));
    }

    private sealed record CasePlan(ClientRow Client, DateOnly OpenedOn, DateOnly LastDay, int Consultations);

    /// <summary>
    /// About 1.25 cases per client, each with at least one consultation; the rest spread unevenly over the cases, in
    /// proportion to the part of each case's life that lies in the past, so that cases still running today do not
    /// crowd their consultations into the last weeks.
    /// </summary>
    private static List<CasePlan> PlanCases(List<ClientRow> clients, int consultations, DateOnly yesterday, Random random)
    {
        var cases = new List<(ClientRow Client, DateOnly OpenedOn, DateOnly LastDay)>();
        foreach (var client in clients)
        {
            var opened = client.RegisteredOn;
            for (var i = 0; i <= client.Gaps.Length && cases.Count < consultations; i++)
            {
                // A case is opened where the client is registered, as the app itself allows.
                cases.Add((client, opened, opened.AddDays((int)(7 + (random.NextDouble() * random.NextDouble() * 240)))));
                opened = i < client.Gaps.Length ? opened.AddDays(client.Gaps[i]) : opened;
            }
        }

        var counts = Enumerable.Repeat(1, cases.Count).ToArray();
        for (var extra = consultations - cases.Count; extra > 0; extra--)
        {
            int index;
            do
            {
                index = (int)(cases.Count * Math.Pow(random.NextDouble(), 1.3));
            }
            while (random.NextDouble() > PastShare(cases[index].OpenedOn, cases[index].LastDay, yesterday));

            counts[index]++;
        }

        return cases.Select((c, i) => new CasePlan(c.Client, c.OpenedOn, c.LastDay, counts[i])).ToList();
    }

    /// <summary>The share of a case's days from opening to its last consultation that are already behind us.</summary>
    private static double PastShare(DateOnly openedOn, DateOnly lastDay, DateOnly yesterday) =>
        Math.Min(1, (yesterday.DayNumber - openedOn.DayNumber + 1) / (double)(lastDay.DayNumber - openedOn.DayNumber + 1));

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Clients} clients, {Cases} cases, {Consultations} consultations, {Referrals} referrals in {Seconds:0.0} s")]
    private static partial void LogGenerated(ILogger logger, int clients, int cases, int consultations, int referrals, double seconds);
}
