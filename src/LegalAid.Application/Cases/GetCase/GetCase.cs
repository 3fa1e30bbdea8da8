using AutoMapper;
using AutoMapper.QueryableExtensions;
using LegalAid.Application.Cases.CaseFile;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.GetCase;

/// <summary>A case with its consultation timeline (newest first) and status history.</summary>
[Authorize(Roles = Roles.CaseWork)]
public sealed record GetCase(int Id) : IRequest<CaseDto>, IAuditedRequest
{
    public string AuditEntityType => nameof(Case);

    public string? AuditEntityId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class GetCaseHandler(IApplicationDbContext db, IMapper mapper, TimeProvider clock) : IRequestHandler<GetCase, CaseDto>
{
    public async Task<CaseDto> Handle(GetCase request, CancellationToken cancellationToken)
    {
        var found = await db.Cases.Where(c => c.Id == request.Id)
            .ProjectTo<CaseDto>(mapper.ConfigurationProvider)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Case), request.Id);

        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(found.CentreTimeZoneId);
        var consultations = await db.Consultations.Where(c => c.CaseId == request.Id)
            .OrderByDescending(c => c.HeldAtUtc).ThenByDescending(c => c.Id)
            .ProjectTo<ConsultationItem>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        var history = await db.Cases.Where(c => c.Id == request.Id)
            .SelectMany(c => c.History)
            .OrderBy(h => h.RecordedAtUtc).ThenBy(h => h.Id)
            .ProjectTo<CaseHistoryItem>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);

        var deadlines = await db.Deadlines.Where(d => d.CaseId == request.Id).OrderBy(d => d.IsDone).ThenBy(d => d.DueOn)
            .ProjectTo<DeadlineItem>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
        var documents = await db.CaseDocuments.Where(d => d.CaseId == request.Id).OrderByDescending(d => d.UploadedAtUtc)
            .ProjectTo<DocumentItem>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
        var referrals = await db.Referrals.Where(r => r.CaseId == request.Id).OrderByDescending(r => r.ReferredOn)
            .ProjectTo<ReferralItem>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
        var otherCases = await db.Cases.Where(c => c.Id == request.Id && c.OpposingPartyId != null)
            .Select(c => db.Cases.Count(other => other.OpposingPartyId == c.OpposingPartyId && other.Id != c.Id))
            .FirstOrDefaultAsync(cancellationToken);

        return found with
        {
            Deadlines = deadlines,
            Documents = documents,
            Referrals = referrals,
            OpposingPartyOtherCases = otherCases,
            CentreToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, timeZone)),
            Consultations = consultations
                .Select(c => c with { HeldAtLocal = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(c.HeldAtUtc, DateTimeKind.Utc), timeZone) })
                .ToList(),
            History = history,
        };
    }
}
