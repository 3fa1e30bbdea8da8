using AutoMapper;
using AutoMapper.QueryableExtensions;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.CaseFile;

/// <summary>
/// A case file as the case page, the API and the case report show it: the case with its consultation timeline
/// (newest first), status history, deadlines, documents and referrals. The centre scope applies: another centre's
/// case is "not found".
/// </summary>
public sealed class CaseFileQueries(IApplicationDbContext db, IMapper mapper, IActorContext actors)
{
    public async Task<CaseDto> GetAsync(int caseId, CancellationToken cancellationToken)
    {
        var found = await db.Cases.Where(c => c.Id == caseId)
            .ProjectTo<CaseDto>(mapper.ConfigurationProvider)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Case), caseId);

        var centre = await db.Centres.AsNoTracking().SingleAsync(c => c.Id == found.CentreId, cancellationToken);
        var now = actors.At(centre);
        var consultations = await db.Consultations.Where(c => c.CaseId == caseId)
            .OrderByDescending(c => c.HeldAtUtc).ThenByDescending(c => c.Id)
            .ProjectTo<ConsultationItem>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        var history = await db.Cases.Where(c => c.Id == caseId)
            .SelectMany(c => c.History)
            .OrderBy(h => h.RecordedAtUtc).ThenBy(h => h.Id)
            .ProjectTo<CaseHistoryItem>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);

        var deadlines = await db.Deadlines.Where(d => d.CaseId == caseId).OrderBy(d => d.IsDone).ThenBy(d => d.DueOn)
            .ProjectTo<DeadlineItem>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
        var documents = await db.CaseDocuments.Where(d => d.CaseId == caseId).OrderByDescending(d => d.UploadedAtUtc)
            .ProjectTo<DocumentItem>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
        var referrals = await db.Referrals.Where(r => r.CaseId == caseId).OrderByDescending(r => r.ReferredOn)
            .ProjectTo<ReferralItem>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
        // Counted with the party's id as a value: compared column to column, EF Core's null semantics add
        // "or both are null", and no index serves that.
        var opposingParty = await db.Cases.Where(c => c.Id == caseId).Select(c => c.OpposingPartyId).SingleAsync(cancellationToken);
        var otherCases = opposingParty is { } partyId
            ? await db.Cases.CountAsync(other => other.OpposingPartyId == partyId && other.Id != caseId, cancellationToken)
            : 0;

        return found with
        {
            Deadlines = deadlines.Select(d => d with { IsOverdue = Deadline.IsOverdue(d.DueOn, d.IsDone, now.Today) }).ToList(),
            Documents = documents,
            Referrals = referrals,
            OpposingPartyOtherCases = otherCases,
            CentreNow = centre.ToLocal(now.NowUtc.AddTicks(-(now.NowUtc.Ticks % TimeSpan.TicksPerMinute))),
            Consultations = consultations.Select(c => c with { HeldAtLocal = centre.ToLocal(c.HeldAtUtc) }).ToList(),
            History = history,
        };
    }
}
