using System.Linq.Expressions;
using LegalAid.Application.Common;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Statistics.Engine;

/// <summary>
/// The facts of a window read straight from the records, row by row, as the engine read them before the fact packs: the
/// reference a read through the packs must equal after any change.
/// </summary>
internal sealed class DirectFactsLoader(IApplicationDbContext db, TimeProvider clock, int? scopeCentreId)
{
    private static readonly Expression<Func<Case, CaseFact>> CaseFacts = c =>
        new CaseFact(c.Id, c.ClientId, c.CentreId, c.AssignedLawyerId, c.OpenedOn, c.PrimaryCategoryId, c.Outcome, c.AmountRecovered.MinorUnits);

    public async Task<StatisticsFacts> LoadAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        var readAt = clock.GetUtcNow();
        var heldHere = db.Consultations.AsNoTracking().IgnoreQueryFilters(QueryFilters.CentreScopeOnly).Where(c => scopeCentreId == null || c.CentreId == scopeCentreId);
        var consultations = heldHere.Where(c => c.HeldOn >= start && c.HeldOn <= end);
        // One row per consultation and category (most have one): a single scan of the window instead of two.
        var consultationRows = await consultations
            .SelectMany(c => c.Categories.Select(k => (int?)k.ProblemCategoryId).DefaultIfEmpty(),
                (c, categoryId) => new { c.Id, c.HeldOn, c.CentreId, c.ClientId, c.CaseId, c.LawyerId, c.Channel, c.Actions, CategoryId = categoryId })
            .ToListAsync(cancellationToken);
        var consultationFacts = new ConsultationColumns();
        foreach (var consultation in consultationRows.GroupBy(r => r.Id))
        {
            var c = consultation.First();
            consultationFacts.Add(c.HeldOn, c.CentreId, c.ClientId, c.CaseId, c.LawyerId, c.Channel, c.Actions);
            foreach (var row in consultation.Where(r => r.CategoryId != null))
            {
                consultationFacts.AddCategory(row.CategoryId!.Value);
            }
        }

        // Status changes since the start exist only for cases open now or closed since then (closing sets ClosedOn, reopening clears it).
        var cases = db.Cases.AsNoTracking().Where(c => c.OpenedOn <= end && (c.Status == CaseStatus.Open || c.ClosedOn >= start));
        var caseFacts = await cases.Select(CaseFacts).ToDictionaryAsync(c => c.Id, cancellationToken);
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.ReferredOn >= start && r.ReferredOn <= end)
            .Select(r => new ReferralFact(r.CaseId, r.PartnerId, new LocalisedName { Ru = r.Partner.Name, Ky = r.Partner.NameKy, En = r.Partner.NameEn }, r.ReferredOn, r.Result))
            .ToListAsync(cancellationToken);
        var referredOnly = referrals.Select(r => r.CaseId).Where(id => !caseFacts.ContainsKey(id)).Distinct().ToList();
        foreach (var referred in await db.Cases.AsNoTracking().Where(c => EF.Parameter(referredOnly).Contains(c.Id)).Select(CaseFacts).ToListAsync(cancellationToken))
        {
            caseFacts.Add(referred.Id, referred);
        }

        var caseIds = caseFacts.Keys.ToList();
        var caseCategories = await db.Cases.AsNoTracking().Where(c => EF.Parameter(caseIds).Contains(c.Id))
            .SelectMany(c => c.OtherCategories, (c, category) => new { c.Id, category.ProblemCategoryId })
            .ToListAsync(cancellationToken);
        var statusChanges = await db.Cases.AsNoTracking()
            .SelectMany(c => c.History.Where(h => h.EffectiveOn >= start), (c, h) => new StatusFact(c.Id, h.Id, h.Status, h.EffectiveOn, h.Outcome))
            .ToListAsync(cancellationToken);

        var servedClientIds = consultationRows.Select(c => c.ClientId).Distinct().ToList();
        var clientIds = servedClientIds.Union(caseFacts.Values.Select(c => c.ClientId)).ToList();
        var clients = await db.Clients.AsNoTracking().IgnoreQueryFilters().Where(c => EF.Parameter(clientIds).Contains(c.Id))
            .Select(c => new ClientFact(c.Id, c.Sex, c.Citizenship, c.BirthYear, c.BirthDate))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        // Only the centre scope is lifted (heldHere applies it): the voided filter must still leave voided visits out.
        var cameBefore = await db.Clients.AsNoTracking().IgnoreQueryFilters(QueryFilters.CentreScopeOnly)
            .Where(c => EF.Parameter(servedClientIds).Contains(c.Id) && heldHere.Any(k => k.ClientId == c.Id && k.HeldOn < start))
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var secondCases = (await db.Cases.AsNoTracking().Where(c => EF.Parameter(servedClientIds).Contains(c.ClientId))
                .Select(c => new { c.ClientId, c.OpenedOn }).ToListAsync(cancellationToken))
            .GroupBy(c => c.ClientId).Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.Select(c => c.OpenedOn).Order().ElementAt(1));

        return new StatisticsFacts
        {
            ReadAt = readAt,
            Consultations = consultationFacts,
            Clients = clients,
            Cases = CaseTable(caseFacts.Values, caseCategories.ToLookup(c => c.Id, c => c.ProblemCategoryId), statusChanges.ToLookup(s => s.CaseId)),
            FirstConsultation = FirstConsultations([.. consultationRows.Select(r => (r.ClientId, r.HeldOn))], cameBefore, start),
            SecondCaseOpenedOn = secondCases,
            Referrals = referrals,
            CategoryNames = await db.ProblemCategories.AsNoTracking()
                .ToDictionaryAsync(c => c.Id, c => new LocalisedName { Ru = c.NameRu, Ky = c.NameKy, En = c.NameEn }, cancellationToken),
            CentreCodes = await db.Centres.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Code, cancellationToken),
        };
    }

    private static CaseTable CaseTable(IEnumerable<CaseFact> cases, ILookup<int, int> categories, ILookup<int, StatusFact> statusChanges)
    {
        var table = new CaseTable();
        foreach (var @case in cases.OrderBy(c => c.Id))
        {
            table.Add(@case);
            foreach (var category in categories[@case.Id])
            {
                table.AddCategory(category);
            }

            foreach (var change in statusChanges[@case.Id].OrderBy(s => s.EffectiveOn).ThenBy(s => s.Order))
            {
                table.AddStatusChange(change);
            }
        }

        return table;
    }

    /// <summary>
    /// Each served client's first consultation: read from the window's own facts, or the day before the window for a
    /// client who came before it. Every period compared lies inside the window, so that day is as good as the real
    /// one for deciding who is new, and it needs no read of anyone's earlier history.
    /// </summary>
    private static DateOnly[] FirstConsultations(List<(int ClientId, DateOnly HeldOn)> consultations, List<int> cameBefore, DateOnly start)
    {
        var first = new Dictionary<int, DateOnly>();
        foreach (var (clientId, heldOn) in consultations)
        {
            if (!first.TryGetValue(clientId, out var known) || heldOn < known)
            {
                first[clientId] = heldOn;
            }
        }

        var beforeStart = start.AddDays(-1);
        foreach (var clientId in cameBefore)
        {
            first[clientId] = beforeStart;
        }

        var byClientId = new DateOnly[first.Keys.DefaultIfEmpty(-1).Max() + 1];
        foreach (var (clientId, day) in first)
        {
            byClientId[clientId] = day;
        }

        return byClientId;
    }
}
