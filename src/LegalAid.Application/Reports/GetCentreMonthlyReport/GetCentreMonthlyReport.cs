using System.Globalization;
using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Centres;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Reports.GetCentreMonthlyReport;

/// <summary>
/// The monthly report of the coordinator's own centre. It names clients, so it is for coordinators only: not for
/// administrators, who do no case work, nor for anyone outside the centre.
/// </summary>
[Authorize(Roles = Roles.Coordinator)]
public sealed record GetCentreMonthlyReport(int Year, int Month, string Language = "ru") : IRequest<ExportedFile>, IAuditedRequest
{
    public AuditAction AuditAction => AuditAction.ReportGenerated;

    public string AuditEntityType => nameof(Centre);

    public string? AuditEntityId => null;

    public string? AuditDetails => $"month={Year:0000}-{Month:00}; language={Language}";
}

public sealed class GetCentreMonthlyReportValidator : AbstractValidator<GetCentreMonthlyReport>
{
    public GetCentreMonthlyReportValidator(TimeProvider clock)
    {
        RuleFor(r => r.Month).InclusiveBetween(1, 12).WithChoiceMessage();
        RuleFor(r => r.Year).Cascade(CascadeMode.Stop).InclusiveBetween(2008, 9999).WithChoiceMessage()
            .Must((r, year) => r.Month is < 1 or > 12 || new DateOnly(year, r.Month, 1) <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage(_ => Messages.InFuture);
        RuleFor(r => r.Language).Must(ReportLanguage.IsKnown).WithChoiceMessage();
    }
}

public sealed class GetCentreMonthlyReportHandler(
    StatisticsQueries statistics,
    IApplicationDbContext db,
    IReportRenderer renderer,
    ICurrentUser user,
    TimeProvider clock) : IRequestHandler<GetCentreMonthlyReport, ExportedFile>
{
    public async Task<ExportedFile> Handle(GetCentreMonthlyReport request, CancellationToken cancellationToken)
    {
        var centreId = user.CentreId ?? throw new ForbiddenAccessException();
        var centre = await db.Centres.AsNoTracking().SingleOrDefaultAsync(c => c.Id == centreId, cancellationToken)
            ?? throw new NotFoundException(nameof(Centre), centreId);
        var zone = centre.TimeZone;
        var now = clock.GetUtcNow();
        var today = centre.LocalDate(now.UtcDateTime);
        var from = new DateOnly(request.Year, request.Month, 1);

        var pending = await (
                from deadline in db.Deadlines.AsNoTracking()
                join @case in db.Cases.AsNoTracking() on deadline.CaseId equals @case.Id
                where !deadline.IsDone && @case.Status == CaseStatus.Open && @case.CentreId == centreId
                orderby deadline.DueOn, @case.Number
                select new OverdueCase(@case.Number, @case.Client.Name.FamilyName, @case.Client.Name.GivenName, @case.AssignedLawyer.FullName, deadline.Type, deadline.DueOn, deadline.Note))
            .ToListAsync(cancellationToken);
        var overdue = pending.Where(o => Deadline.IsOverdue(o.DueOn, isDone: false, today)).ToList();

        ReportDocument document;
        using (ReportLanguage.Use(request.Language))
        {
            var figures = await statistics.ReportAsync(new StatisticsFilter(from, from.AddMonths(1).AddDays(-1), Centre: [centreId]), cancellationToken);
            document = CentreMonthlyContent.Compose(LocalisedName.Of(centre).ToString(), centre.Code, zone, figures, overdue, today, now);
        }

        return new ExportedFile($"legalaid-{centre.Code}-{from:yyyy-MM}-{request.Language}.pdf", "application/pdf", renderer.Render(document));
    }
}
