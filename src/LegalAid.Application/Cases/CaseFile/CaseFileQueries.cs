using AutoMapper;
using AutoMapper.QueryableExtensions;
using LegalAid.Application.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Consultations.Common;
using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.CaseFile;

/// <summary>
/// A case file as the case page, the API and the case report show it: the case with its consultation timeline
/// (newest first), status history, deadlines, documents and referrals. The centre scope applies: another centre's
/// case is "not found". Voided items are left out unless <c>includeVoided</c> asks for them; their number is given either way.
/// </summary>
public sealed class CaseFileQueries(IApplicationDbContext db, IMapper mapper, IActorContext actors, ICurrentUser user)
{
    public async Task<CaseDto> GetAsync(int caseId, bool includeVoided, CancellationToken cancellationToken)
    {
        var found = await db.Cases.Where(c => c.Id == caseId)
            .ProjectTo<CaseDto>(mapper.ConfigurationProvider)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Case), caseId);

        var centre = await db.Centres.AsNoTracking().SingleAsync(c => c.Id == found.CentreId, cancellationToken);
        var now = actors.At(centre);
        var consultations = await db.Consultations.IgnoreQueryFilters(QueryFilters.VoidedOnly).Where(c => c.CaseId == caseId)
            .OrderByDescending(c => c.HeldAtUtc).ThenByDescending(c => c.Id)
            .ProjectTo<ConsultationItem>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
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
        var opposingParty = await db.Cases.Where(c => c.Id == caseId).Select(c => c.OpposingPartyId).SingleAsync(cancellationToken);
        var otherCases = opposingParty is { } partyId
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
            CentreNow = centre.ToLocal(now.NowUtc.AddTicks(-(now.NowUtc.Ticks % TimeSpan.TicksPerMinute))),
            Consultations = Shown(consultations, includeVoided).Select(c => c with
            {
                HeldAtLocal = centre.ToLocal(c.HeldAtUtc),
                MayCorrect = !c.IsVoided() && user.MayCorrectConsultationOf(c.LawyerId),
            }).ToList(),
            History = history,
            VoidedItems = new IVoidableItem[][] { [.. consultations], [.. deadlines], [.. documents], [.. referrals] }.Sum(items => items.Count(i => i.IsVoided())),
        };
    }

    private static List<T> Shown<T>(IEnumerable<T> items, bool includeVoided)
        where T : IVoidableItem =>
        items.Where(i => includeVoided || !i.IsVoided()).ToList();
}
