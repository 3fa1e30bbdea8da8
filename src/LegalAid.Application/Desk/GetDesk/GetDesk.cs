using AutoMapper;
using AutoMapper.QueryableExtensions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Desk.Common;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Consultations;
using LegalAid.Domain.Transfers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Desk.GetDesk;

/// <summary>
/// A case worker's start page: what is overdue or due within a week (deadlines and promised follow-ups, until done),
/// all their open cases a page at a time with the next thing due first, how much waits, their latest consultations,
/// and for coordinators the transfers waiting for their decision.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record GetDesk(int PageNumber = 1, int PageSize = 20) : IRequest<DeskView>, IPageRequest
{
    public const int DaysAhead = 7;
}

public sealed record DeskView(
    DateOnly Today,
    string CentreTimeZoneId,
    DeskCounts Counts,
    PagedList<DeskCase> OpenCases,
    IReadOnlyList<DueItem> Due,
    IReadOnlyList<RecentConsultation> RecentConsultations);

/// <summary>How many open cases the lawyer has, and how many of their pending deadlines are overdue, due within the week, or later.</summary>
public sealed record DeskCounts(int OpenCases, int Overdue, int DueThisWeek, int DueLater, int TransfersAwaitingMe);

/// <summary>An open case with the earliest of its pending deadlines.</summary>
public sealed record DeskCase(int Id, string Number, string ClientFamilyName, string ClientGivenName, LocalisedName PrimaryCategory, DateOnly OpenedOn, DateOnly? NextDueOn, DeadlineType? NextDueType, int PendingCount)
{
    public bool NextIsOverdue { get; init; }

    public DateOnly? ClientConsentWithdrawnOn { get; init; }

    public DateOnly? ClientAnonymisedOn { get; init; }
}

public sealed record DueItem(int CaseId, string CaseNumber, string ClientName, DeadlineType DeadlineType, int DeadlineId, DateOnly DueOn, string? Note, bool IsFollowUp)
{
    /// <summary>A deadline's time at the centre, when it has one (a hearing).</summary>
    public TimeOnly? DueAt { get; init; }

    public string? Place { get; init; }

    /// <summary>See <see cref="Deadline.IsOverdueOn"/>.</summary>
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

public sealed class GetDeskValidator : FluentValidation.AbstractValidator<GetDesk>
{
    public GetDeskValidator() => Include(new PageRequestValidator());
}

public sealed class GetDeskHandler(IApplicationDbContext db, IMapper mapper, ICurrentUser user, IActorContext actors) : IRequestHandler<GetDesk, DeskView>
{
    public async Task<DeskView> Handle(GetDesk request, CancellationToken cancellationToken)
    {
        var me = user.StaffMemberId!.Value;
        var centre = await db.Centres.SingleAsync(c => c.Id == user.CentreId, cancellationToken);
        var today = actors.At(centre).Today;
        var horizon = today.AddDays(GetDesk.DaysAhead);
        var myOpenCases = db.Cases.OpenCasesOf(me, centre.Id);
        var pending = db.Deadlines.PendingOn(myOpenCases);

        var openCases = await myOpenCases
            .Select(c => new
            {
                Case = c,
                NextDueOn = pending.Where(d => d.CaseId == c.Id).Min(d => (DateOnly?)d.DueOn),
                NextDueType = pending.Where(d => d.CaseId == c.Id).OrderBy(d => d.DueOn).ThenBy(d => d.Id).Select(d => (DeadlineType?)d.Type).FirstOrDefault(),
                PendingCount = pending.Count(d => d.CaseId == c.Id),
            })
            .OrderBy(c => c.NextDueOn == null).ThenBy(c => c.NextDueOn).ThenBy(c => c.Case.OpenedOn).ThenBy(c => c.Case.Id)
            .Select(c => new DeskCase(
                c.Case.Id,
                c.Case.Number,
                c.Case.Client.Name.FamilyName,
                c.Case.Client.Name.GivenName,
                new LocalisedName { Ru = c.Case.PrimaryCategory.NameRu, Ky = c.Case.PrimaryCategory.NameKy, En = c.Case.PrimaryCategory.NameEn },
                c.Case.OpenedOn,
                c.NextDueOn,
                c.NextDueType,
                c.PendingCount)
            {
                ClientConsentWithdrawnOn = c.Case.Client.ConsentWithdrawnOn,
                ClientAnonymisedOn = c.Case.Client.AnonymisedOn,
            })
            .ToPagedListAsync(request, cancellationToken);

        var due = await pending.Where(d => d.DueOn <= horizon)
            .Join(db.Cases, d => d.CaseId, c => c.Id, (d, c) => new DueItem(c.Id, c.Number, c.Client.Name.FamilyName + " " + c.Client.Name.GivenName, d.Type, d.Id, d.DueOn, d.Note, d.ConsultationId != null)
            {
                DueAt = d.DueAt,
                Place = d.Place,
            })
            .ToListAsync(cancellationToken);
        var later = await pending.CountAsync(d => d.DueOn > horizon, cancellationToken);

        var recent = await db.Consultations.Where(c => c.LawyerId == me)
            .OrderByDescending(c => c.HeldAtUtc).Take(10)
            .ProjectTo<RecentConsultation>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);

        var transfers = user.IsInRole(Roles.Coordinator)
            ? await db.ClientTransfers.CountAsync(ClientTransfer.AwaitingDecisionBy(centre.Id), cancellationToken)
            : 0;

        var overdue = due.Count(d => Deadline.IsOverdue(d.DueOn, isDone: false, today));
        return new DeskView(
            today,
            centre.TimeZoneId,
            new DeskCounts(openCases.TotalCount, overdue, due.Count - overdue, later, transfers),
            openCases with { Items = openCases.Items.Select(c => c with { NextIsOverdue = c.NextDueOn is { } next && Deadline.IsOverdue(next, isDone: false, today) }).ToList() },
            due.Select(d => d with { IsOverdue = Deadline.IsOverdue(d.DueOn, isDone: false, today) })
                .OrderBy(d => d.DueOn).ThenBy(d => d.DueAt).ThenBy(d => d.CaseNumber, StringComparer.Ordinal).ToList(),
            recent);
    }
}
