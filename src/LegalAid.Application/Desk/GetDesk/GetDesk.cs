using AutoMapper;
using AutoMapper.QueryableExtensions;
using LegalAid.Application.Cases.ListCases;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Consultations;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Desk.GetDesk;

/// <summary>
/// A lawyer's start page: their open cases, what is due in the next week or overdue (deadlines and
/// consultation follow-ups not yet answered by a later consultation), and their latest consultations.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record GetDesk : IRequest<DeskView>
{
    public const int DaysAhead = 7;

    /// <summary>Follow-ups older than this are history, not work.</summary>
    public const int FollowUpDaysBack = 60;
}

public sealed record DeskView(DateOnly Today, string CentreTimeZoneId, IReadOnlyList<CaseListItem> OpenCases, IReadOnlyList<DueItem> Due, IReadOnlyList<RecentConsultation> RecentConsultations);

public sealed record DueItem(int CaseId, string CaseNumber, string ClientName, DeadlineType? DeadlineType, int? DeadlineId, DateOnly DueOn, string? Note)
{
    public bool IsFollowUp => DeadlineType is null;

    /// <summary>A deadline's time at the centre, when it has one (a hearing).</summary>
    public TimeOnly? DueAt { get; init; }

    public string? Place { get; init; }

    /// <summary>See <see cref="Deadline.IsOverdueOn"/>: a follow-up is overdue the same way until a later consultation answers it.</summary>
    public bool IsOverdue { get; init; }
}

public sealed record RecentConsultation(int CaseId, string CaseNumber, string ClientName, DateTime HeldAtUtc, ConsultationChannel Channel, int DurationMinutes)
{
    private sealed class Mapping : Profile
    {
        public Mapping() =>
            CreateMap<Consultation, RecentConsultation>()
                .ForCtorParam(nameof(ClientName), o => o.MapFrom(s => s.Case.Client.Name.FamilyName + " " + s.Case.Client.Name.GivenName));
    }
}

public sealed class GetDeskHandler(IApplicationDbContext db, IMapper mapper, ICurrentUser user, IActorContext actors) : IRequestHandler<GetDesk, DeskView>
{
    public async Task<DeskView> Handle(GetDesk request, CancellationToken cancellationToken)
    {
        var me = user.StaffMemberId;
        var centre = await db.Centres.SingleAsync(c => c.Id == user.CentreId, cancellationToken);
        var today = actors.At(centre).Today;
        var horizon = today.AddDays(GetDesk.DaysAhead);
        var myOpenCases = db.Cases.Where(c => c.AssignedLawyerId == me && c.Status == CaseStatus.Open);

        var openCases = await myOpenCases.OrderByDescending(c => c.OpenedOn).ThenByDescending(c => c.Id).Take(20)
            .ProjectTo<CaseListItem>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);

        var deadlines = await db.Deadlines
            .Where(d => !d.IsDone && d.DueOn <= horizon && myOpenCases.Any(c => c.Id == d.CaseId))
            .Join(db.Cases, d => d.CaseId, c => c.Id, (d, c) => new DueItem(c.Id, c.Number, c.Client.Name.FamilyName + " " + c.Client.Name.GivenName, d.Type, d.Id, d.DueOn, d.Note)
            {
                DueAt = d.DueAt,
                Place = d.Place,
            })
            .ToListAsync(cancellationToken);

        var earliest = today.AddDays(-GetDesk.FollowUpDaysBack);
        var followUps = await db.Consultations
            .Where(f => f.FollowUpOn != null && f.FollowUpOn <= horizon && f.FollowUpOn >= earliest
                && myOpenCases.Any(c => c.Id == f.CaseId)
                && !db.Consultations.Any(later => later.CaseId == f.CaseId && later.HeldAtUtc > f.HeldAtUtc))
            .Select(f => new DueItem(f.CaseId, f.Case.Number, f.Case.Client.Name.FamilyName + " " + f.Case.Client.Name.GivenName, null, null, f.FollowUpOn!.Value, f.Summary))
            .ToListAsync(cancellationToken);

        var recent = await db.Consultations.Where(c => c.LawyerId == me)
            .OrderByDescending(c => c.HeldAtUtc).Take(10)
            .ProjectTo<RecentConsultation>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);

        return new DeskView(
            today,
            centre.TimeZoneId,
            openCases,
            deadlines.Concat(followUps)
                .Select(d => d with { IsOverdue = Deadline.IsOverdue(d.DueOn, isDone: false, today) })
                .OrderBy(d => d.DueOn).ThenBy(d => d.DueAt).ThenBy(d => d.CaseNumber, StringComparer.Ordinal).ToList(),
            recent);
    }
}
