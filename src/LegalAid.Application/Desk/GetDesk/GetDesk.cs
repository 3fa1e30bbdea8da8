using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using LegalAid.Application.Common;
using LegalAid.Application.Common.Auditing;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Desk.Common;
using LegalAid.Application.Resources;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Consultations;
using LegalAid.Domain.Transfers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Desk.GetDesk;

/// <summary>
/// A case worker's start page: what is overdue or due within a week (deadlines and promised follow-ups, until done or
/// voided), most urgent first, a page at a time (<paramref name="DuePage"/>); all their open cases a page at a time with
/// the next thing due first; how much waits; their latest consultations; and for coordinators the transfers waiting
/// for their decision. It names clients, so every view is audited.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record GetDesk(int PageNumber = 1, int PageSize = 20, int DuePage = 1) : IRequest<DeskView>, IPageRequest, IAuditedRequest
{
    public string AuditEntityType => "Desk";

    public string? AuditEntityId => null;

    public string? AuditDetails => AuditedFilters.Describe(new { PageNumber, DuePage });

    public const int DaysAhead = 7;

    /// <summary>Due items a page lists: years of deadlines never marked done would otherwise make a page of thousands of rows.</summary>
    public const int DuePageSize = 50;
}

public sealed record DeskView(
    DateOnly Today,
    string CentreTimeZoneId,
    DeskCounts Counts,
    PagedList<DeskCase> OpenCases,
    PagedList<DueItem> Due,
    IReadOnlyList<RecentConsultation> RecentConsultations)
{
    /// <summary>The page of <see cref="Due"/> where the items due today begin: the overdue ones come before them.</summary>
    public int DueTodayPage => Counts.Overdue / GetDesk.DuePageSize + 1;
}

/// <summary>
/// How many open cases the lawyer has, and how many of their pending deadlines are overdue, due today, due from today to
/// a week ahead (today's among them), or later.
/// </summary>
public sealed record DeskCounts(int OpenCases, int Overdue, int DueToday, int DueThisWeek, int DueLater, int TransfersAwaitingMe);

/// <summary>An open case with the earliest of its pending deadlines.</summary>
public sealed record DeskCase(int Id, string Number, string ClientFamilyName, string ClientGivenName, LocalisedName PrimaryCategory, DateOnly OpenedOn, DateOnly? NextDueOn, DeadlineType? NextDueType, int PendingCount)
{
    public bool NextIsOverdue { get; init; }

    public DateOnly? ClientConsentWithdrawnOn { get; init; }

    public DateOnly? ClientAnonymisedOn { get; init; }

    /// <summary>The next thing due is a consultation's follow-up (see <see cref="DueItem.IsFollowUp"/>).</summary>
    public bool NextIsFollowUp { get; init; }
}

public sealed record DueItem(int CaseId, string CaseNumber, string ClientName, DeadlineType DeadlineType, int DeadlineId, DateOnly DueOn, string? Note, bool IsFollowUp)
{
    /// <summary>The version to send when marking the deadline done (<see cref="CompleteDeadline.CompleteDeadline"/>).</summary>
    public int DeadlineVersion { get; init; }

    /// <summary>A deadline's time at the centre, when it has one (a hearing).</summary>
    public TimeOnly? DueAt { get; init; }

    public string? Place { get; init; }

    /// <summary>See <see cref="Deadline.IsOverdueOn"/>.</summary>
    public bool IsOverdue { get; init; }

    /// <summary>Due today at the centre.</summary>
    public bool IsDueToday { get; init; }
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

public sealed class GetDeskValidator : AbstractValidator<GetDesk>
{
    public GetDeskValidator()
    {
        Include(new PageRequestValidator());
        RuleFor(d => d.DuePage).InclusiveBetween(1, IPageRequest.MaxPageNumber).WithMessage(_ => Messages.InvalidPaging);
    }
}

public sealed class GetDeskHandler(IApplicationDbContext db, IMapper mapper, ICurrentUser user, IActorContext actors) : IRequestHandler<GetDesk, DeskView>
{
    public async Task<DeskView> Handle(GetDesk request, CancellationToken cancellationToken)
    {
        var me = user.StaffMemberId!.Value;
        var centre = await actors.HomeCentreAsync(cancellationToken);
        var today = actors.At(centre).Today;
        var horizon = today.AddDays(GetDesk.DaysAhead);
        // A lawyer may hold thousands of open cases and deadlines: the database orders, pages and counts them, and only
        // the rows shown are read. The cases are those of the lawyer's own centre by name (OpenCasesOf), so the centre
        // scope's check of every deadline's case would only repeat it, row by row.
        var open = db.Cases.IgnoreQueryFilters(QueryFilters.CentreScopeOnly).OpenCasesOf(me, centre.Id);
        var pending = db.Deadlines.IgnoreQueryFilters(QueryFilters.CentreScopeOnly).PendingOnDeskOf(me, centre.Id);
        var page = await OpenCasesPageAsync(open, (request.PageNumber - 1) * request.PageSize, request.PageSize, cancellationToken);
        var pageIds = page.Select(c => c.Id).ToList();
        var pendingOfPage = (await db.Deadlines.IgnoreQueryFilters(QueryFilters.CentreScopeOnly).PendingOn(pageIds).OrderBy(d => d.DueOn).ThenBy(d => d.Id)
                .Select(d => new { d.CaseId, d.Type, IsFollowUp = d.ConsultationId != null }).ToListAsync(cancellationToken))
            .ToLookup(d => d.CaseId);
        // The first n due items all fall due by the n-th earliest next due day of the open cases (each of those n cases
        // has a pending deadline due by then), so only the lawyer's deadlines due by that day are read. They are ordered and
        // paged from the deadlines' index, then the page's rows read: sorting whole rows read them all.
        var dueBy = await open.Where(c => c.NextDueOn <= horizon).OrderBy(c => c.NextDueOn)
            .Skip(request.DuePage * GetDesk.DuePageSize - 1).Select(c => c.NextDueOn).FirstOrDefaultAsync(cancellationToken) ?? horizon;
        var dueThroughPage = pending.Where(d => d.DueOn <= dueBy);
        var dueShownIds = await dueThroughPage.OrderBy(d => d.DueOn).ThenBy(d => d.DueAt).ThenBy(d => d.CaseId).ThenBy(d => d.Id)
            .Skip((request.DuePage - 1) * GetDesk.DuePageSize).Take(GetDesk.DuePageSize)
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);
        var dueRows = await db.Deadlines.IgnoreQueryFilters(QueryFilters.CentreScopeOnly).Where(d => EF.Parameter(dueShownIds).Contains(d.Id))
            .Select(d => new { d.Id, d.Version, d.CaseId, d.Type, d.DueOn, d.DueAt, d.Place, d.Note, IsFollowUp = d.ConsultationId != null })
            .ToDictionaryAsync(d => d.Id, cancellationToken);
        var dueShown = dueShownIds.Select(id => dueRows[id]).ToList();
        // Three disjoint ranges of the lawyer's part of the deadlines' index, and today's part of the second, counted in
        // one query on the centre's row with the open cases: nothing is sorted (a GROUP BY of the lot sorted them all
        // first). A pending deadline is overdue when due before today (Deadline.OverdueOn, whose "not done" the pending
        // ones already meet).
        var overdue = pending.Where(d => d.DueOn < today);
        var dueThisWeek = pending.Where(d => d.DueOn >= today && d.DueOn <= horizon);
        var dueToday = pending.Where(d => d.DueOn == today);
        var dueLater = pending.Where(d => d.DueOn > horizon);
        var counts = await db.Centres.Where(c => c.Id == centre.Id)
            .Select(_ => new DeskTotals(open.Count(), overdue.Count(), dueToday.Count(), dueThisWeek.Count(), dueLater.Count()))
            .SingleAsync(cancellationToken);
        var shownCaseIds = pageIds.Union(dueShown.Select(d => d.CaseId)).ToList();
        var shownCases = await db.Cases.Where(c => EF.Parameter(shownCaseIds).Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                c.Number,
                c.Client.Name.FamilyName,
                c.Client.Name.GivenName,
                Category = new LocalisedName { Ru = c.PrimaryCategory.NameRu, Ky = c.PrimaryCategory.NameKy, En = c.PrimaryCategory.NameEn },
                c.Client.ConsentWithdrawnOn,
                c.Client.AnonymisedOn,
            })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var openCases = new PagedList<DeskCase>(
            page.Select(c =>
            {
                var shown = shownCases[c.Id];
                return new DeskCase(c.Id, shown.Number, shown.FamilyName, shown.GivenName, shown.Category, c.OpenedOn, c.NextDueOn, pendingOfPage[c.Id].Select(d => (DeadlineType?)d.Type).FirstOrDefault(), pendingOfPage[c.Id].Count())
                {
                    NextIsOverdue = c.NextDueOn is { } due && Deadline.IsOverdue(due, isDone: false, today),
                    NextIsFollowUp = pendingOfPage[c.Id].FirstOrDefault()?.IsFollowUp ?? false,
                    ClientConsentWithdrawnOn = shown.ConsentWithdrawnOn,
                    ClientAnonymisedOn = shown.AnonymisedOn,
                };
            }).ToList(),
            request.PageNumber,
            request.PageSize,
            counts.OpenCases);
        var due = new PagedList<DueItem>(
            dueShown.Select(d =>
            {
                var shown = shownCases[d.CaseId];
                return new DueItem(d.CaseId, shown.Number, shown.FamilyName + " " + shown.GivenName, d.Type, d.Id, d.DueOn, d.Note, d.IsFollowUp)
                {
                    DeadlineVersion = d.Version,
                    DueAt = d.DueAt,
                    Place = d.Place,
                    IsOverdue = Deadline.IsOverdue(d.DueOn, isDone: false, today),
                    IsDueToday = d.DueOn == today,
                };
            }).ToList(),
            request.DuePage,
            GetDesk.DuePageSize,
            counts.Overdue + counts.DueThisWeek);

        var recent = await db.Consultations.Where(c => c.LawyerId == me)
            .OrderByDescending(c => c.HeldAtUtc).Take(10)
            .ProjectTo<RecentConsultation>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);

        var transfers = user.IsInRole(Roles.Coordinator)
            ? await db.ClientTransfers.CountAsync(ClientTransfer.AwaitingDecisionBy(centre.Id), cancellationToken)
            : 0;

        return new DeskView(
            today,
            centre.TimeZoneId,
            new DeskCounts(counts.OpenCases, counts.Overdue, counts.DueToday, counts.DueThisWeek, counts.DueLater, transfers),
            openCases,
            due,
            recent);
    }

    /// <summary>
    /// The cases with something due first, in the order of the lawyer's index on the cases; then those with nothing due,
    /// oldest first. One ORDER BY over both (nothing due last) would sort all the lawyer's open cases for every page.
    /// </summary>
    private static async Task<List<OpenCaseRow>> OpenCasesPageAsync(IQueryable<Case> open, int skip, int take, CancellationToken cancellationToken)
    {
        var dated = await open.Where(c => c.NextDueOn != null)
            .OrderBy(c => c.NextDueOn).ThenBy(c => c.OpenedOn).ThenBy(c => c.Id)
            .Select(c => new OpenCaseRow(c.Id, c.OpenedOn, c.NextDueOn))
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        if (dated.Count == take)
        {
            return dated;
        }

        // A page that begins among the dated cases goes on with the first undated ones; one after them skips the rest.
        var undatedSkip = dated.Count > 0 ? 0 : skip - await open.CountAsync(c => c.NextDueOn != null, cancellationToken);
        var undated = await open.Where(c => c.NextDueOn == null)
            .OrderBy(c => c.OpenedOn).ThenBy(c => c.Id)
            .Select(c => new OpenCaseRow(c.Id, c.OpenedOn, c.NextDueOn))
            .Skip(undatedSkip).Take(take - dated.Count)
            .ToListAsync(cancellationToken);
        return [.. dated, .. undated];
    }

    private sealed record OpenCaseRow(int Id, DateOnly OpenedOn, DateOnly? NextDueOn);

    private sealed record DeskTotals(int OpenCases, int Overdue, int DueToday, int DueThisWeek, int DueLater);
}
