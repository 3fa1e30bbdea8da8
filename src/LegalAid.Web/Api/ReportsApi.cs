using System.Net.Mime;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Reports.Common;
using LegalAid.Application.Reports.GenerateDonorReport;
using LegalAid.Application.Reports.GetCentreMonthlyReport;
using LegalAid.Application.Reports.GetDonorReportFile;
using LegalAid.Application.Reports.ListDonorReports;
using LegalAid.Application.Reports.ListReportPeriods;
using LegalAid.Application.Reports.NotifyDonors;
using LegalAid.Application.Reports.PublishDonorReport;
using LegalAid.Application.Reports.WithdrawDonorReport;
using LegalAid.Web.Security;
using MediatR;

namespace LegalAid.Web.Api;

/// <summary>The donor report archive and the centres' monthly reports.</summary>
internal static class ReportsApi
{
    public static void MapReportsApi(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");
        var donor = reports.MapGroup(string.Empty).RequireAuthorization(Policies.DonorReports);

        donor.MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListDonorReports(), ct))
            .WithName("ListDonorReports")
            .WithDescription("The archive, newest first: every report for programme staff; for donors the published ones, a withdrawn one marked with its reason and not downloadable (downloadable: false).")
            .Produces<IReadOnlyList<DonorReportItem>>();

        donor.MapGet("/periods", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListReportPeriods(), ct))
            .WithName("ListReportPeriods")
            .WithDescription("The quarters, half-years and years a donor report can be generated for, newest first (programme staff).")
            .Produces<IReadOnlyList<ReportPeriod>>();

        donor.MapPost("/donor", async (IMediator mediator, GenerateDonorReport command, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/reports/{id}.pdf", new Created(id));
            })
            .WithName("GenerateDonorReport")
            .WithDescription("Generates and archives an anonymised donor report (programme staff), in language=en, ru or ky. " +
                "409 when a report already published shows figures that overlap this one's without matching them: no publication could take it.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        donor.MapPost("/{id:int}/publish", (IMediator mediator, int id, PublishDonorReport command, CancellationToken ct) =>
                mediator.Send(command with { Id = id }, ct))
            .WithName("PublishDonorReport")
            .WithDescription("Publishes an archived report to donors and, when SMTP is configured, e-mails it to them. Send the version listed.")
            .Produces<DonorNoticeResult>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        donor.MapPost("/{id:int}/withdraw", (IMediator mediator, int id, WithdrawDonorReport command, CancellationToken ct) =>
                mediator.Send(command with { Id = id }, ct))
            .WithName("WithdrawDonorReport")
            .WithDescription("Withdraws a published report with a reason (send the version listed): donors can no longer download it and see it " +
                "marked withdrawn with the reason, the archive keeps it, and the donors it was e-mailed to are told by e-mail.")
            .Produces<DonorNoticeResult>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        donor.MapPost("/{id:int}/notify", (IMediator mediator, int id, CancellationToken ct) => mediator.Send(new NotifyDonors(id), ct))
            .WithName("NotifyDonors")
            .WithDescription("E-mails a published report to the active donors it has not reached yet (those an SMTP failure missed, donor accounts added since); " +
                "for a withdrawn report, tells the donors who had it and were not told yet.")
            .Produces<DonorNoticeResult>().ProducesProblem(StatusCodes.Status404NotFound);

        donor.MapGet("/{id:int}.pdf", (IMediator mediator, int id, CancellationToken ct) => mediator.SendForFileAsync(new GetDonorReportFile(id), ct))
            .WithName("DownloadDonorReport").ProducesFile(MediaTypeNames.Application.Pdf).ProducesProblem(StatusCodes.Status404NotFound);

        reports.MapGet("/centre-monthly.pdf", (IMediator mediator, [AsParameters] GetCentreMonthlyReport query, CancellationToken ct) => mediator.SendForFileAsync(query, ct))
            .RequireAuthorization(Policies.CentreReports)
            .WithName("GetCentreMonthlyReport")
            .WithDescription("The coordinator's centre's month as PDF (year=2026&month=3&language=ru), with the names of clients whose deadlines passed.")
            .ProducesFile(MediaTypeNames.Application.Pdf).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
