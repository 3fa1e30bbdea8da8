using AutoMapper;
using AutoMapper.QueryableExtensions;
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

public sealed class GetCaseHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetCase, CaseDto>
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

        return found with
        {
            Consultations = consultations
                .Select(c => c with { HeldAtLocal = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(c.HeldAtUtc, DateTimeKind.Utc), timeZone) })
                .ToList(),
            History = history,
        };
    }
}
