using AutoMapper;
using AutoMapper.QueryableExtensions;
using LegalAid.Application.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Consultations.Common;
using LegalAid.Application.Lookups;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Consultations;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.CaseFile;

/// <summary>
/// A case file as the case page, the API and the case report show it: the case with its consultation timeline
/// (newest first), status history, deadlines, documents and referrals. The centre scope applies: another centre's
/// case is "not found". Voided items are left out unless <c>includeVoided</c> asks for them; their number is given either way.
/// The timeline can be cut to its <c>latestConsultations</c>, with the number of earlier ones left out.
/// </summary>
public sealed class CaseFileQueries(IApplicationDbContext db, IMapper mapper, IActorContext actors, ICurrentUser user, ReferenceListReader references)
{
    /// <summary>How many consultations the case page shows before "earlier": a case followed for years has hundreds.</summary>
    public const int ConsultationsShownFirst = 50;

    public async Task<CaseDto> GetAsync(int caseId, bool includeVoided, int? latestConsultations, CancellationToken cancellationToken)
    {
        var found = await db.Cases.Where(c => c.Id == caseId)
            .ProjectTo<CaseDto>(mapper.ConfigurationProvider)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Case), caseId);

        var centre = await actors.CentreAsync(found.CentreId, cancellationToken);
        // Named from the kept reference data rather than joined for every case and consultation read.
        var categoryNames = await references.CategoryNamesAsync(cancellationToken);
        var now = actors.At(centre);
        var timeline = db.Consultations.IgnoreQueryFilters(QueryFilters.VoidedOnly).Where(c => c.CaseId == caseId);
        var latest = timeline.OrderByDescending(c => c.HeldAtUtc).ThenByDescending(c => c.Id);
        var consultations = await (latestConsultations is { } limit ? latest.Take(limit) : latest)
            .ProjectTo<ConsultationItem>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        var (allConsultations, voidedConsultations) = consultations.Count == latestConsultations
            ? await CountAsync(timeline, cancellationToken)
            : (consultations.Count, consultations.Count(c => c.IsVoided()));
        var shownConsultations = Shown(consultations, includeVoided);
        var history = await db.Cases.Where(c => c.Id == caseId)
            .SelectMany(c => c.History)
            .OrderBy(h => h.RecordedAtUtc).ThenBy(h => h.Id)
            .ProjectTo<CaseHistoryItem>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);

        var deadlines = await db.Deadlines.IgnoreQueryFilters(QueryFilters.VoidedOnly).Where(d => d.CaseId == caseId)
            .OrderBy(d => d.IsDone).ThenBy(d => d.DueOn).ThenBy(d => d.DueAt)
            .ProjectTo<DeadlineItem>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
        var documents = await db.CaseDocuments.IgnoreQueryFilters(QueryFilters.VoidedOnly).Where(d => d.CaseId == caseId).OrderByDescending(d => d.UploadedAtUtc)
            .ProjectTo<DocumentItem>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
        var referrals = await db.Referrals.IgnoreQueryFilters(QueryFilters.VoidedOnly).Where(r => r.CaseId == caseId).OrderByDescending(r => r.ReferredOn)
            .ProjectTo<ReferralItem>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
        // Counted with the party's id as a value: compared column to column, EF Core's null semantics add
        // "or both are null", and no index serves that.
        var otherCases = found.OpposingPartyId is { } partyId
            ? await db.Cases.CountAsync(other => other.OpposingPartyId == partyId && other.Id != caseId, cancellationToken)
            : 0;

        return found with
        {
            Deadlines = Shown(deadlines, includeVoided).Select(d => d with
            {
                IsOverdue = !d.IsVoided() && Deadline.IsOverdue(d.DueOn, d.IsDone, now.Today),
                IsUpcomingHearing = !d.IsVoided() && Deadline.IsUpcomingHearing(d.Type, d.DueOn, d.IsDone, now.Today),
            }).ToList(),
            Documents = Shown(documents, includeVoided),
            Referrals = Shown(referrals, includeVoided),
            OpposingPartyOtherCases = otherCases,
            OtherCategories = found.OtherCategoryIds.Select(id => categoryNames[id]).ToList(),
            CentreNow = centre.ToLocal(now.NowUtc.AddTicks(-(now.NowUtc.Ticks % TimeSpan.TicksPerMinute))),
            Consultations = shownConsultations.Select(c => c with
            {
                HeldAtLocal = centre.ToLocal(c.HeldAtUtc),
                Categories = c.CategoryIds.Select(id => categoryNames[id]).ToList(),
                MayCorrect = !c.IsVoided() && user.MayCorrectConsultationOf(c.LawyerId),
            }).ToList(),
            EarlierConsultations = (includeVoided ? allConsultations : allConsultations - voidedConsultations) - shownConsultations.Count,
            History = [.. history.Select((step, index) => step with { IsReopening = index > 0 && step.Status == CaseStatus.Open })],
            VoidedItems = voidedConsultations + new IVoidableItem[][] { [.. deadlines], [.. documents], [.. referrals] }.Sum(items => items.Count(i => i.IsVoided())),
        };
    }

    private static async Task<(int All, int Voided)> CountAsync(IQueryable<Consultation> timeline, CancellationToken cancellationToken)
    {
        var counts = await timeline.GroupBy(c => c.CaseId)
            .Select(g => new { All = g.Count(), Voided = g.Count(c => c.VoidedAtUtc != null) })
            .SingleAsync(cancellationToken);
        return (counts.All, counts.Voided);
    }

    private static List<T> Shown<T>(IEnumerable<T> items, bool includeVoided)
        where T : IVoidableItem =>
        items.Where(i => includeVoided || !i.IsVoided()).ToList();
}
