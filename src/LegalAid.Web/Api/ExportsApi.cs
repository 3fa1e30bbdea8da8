using System.Net.Mime;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Exports.ExportCases;
using LegalAid.Application.Exports.ExportClients;
using LegalAid.Application.Exports.ExportConsultations;
using LegalAid.Web.Security;
using MediatR;

namespace LegalAid.Web.Api;

/// <summary>A coordinator's exports of their own centre's records, as on the exports page; each one audited with its filters.</summary>
internal static class ExportsApi
{
    public static void MapExportsApi(this RouteGroupBuilder api)
    {
        var exports = api.MapGroup("/exports").WithTags("Exports").RequireAuthorization(Policies.CentreData);

        exports.MapGet("/clients", (IMediator mediator, [AsParameters] ExportClients query, CancellationToken ct) => mediator.SendForFileAsync(query, ct))
            .WithName("ExportClients")
            .WithDescription("The centre's clients as CSV or XLSX (format=Csv or Xlsx), those registered from..to when given.")
            .ProducesFile(MediaTypeNames.Text.Csv, ExportFiles.Xlsx);

        exports.MapGet("/cases", (IMediator mediator, [AsParameters] ExportCases query, CancellationToken ct) => mediator.SendForFileAsync(query, ct))
            .WithName("ExportCases")
            .WithDescription("The centre's cases as CSV or XLSX, opened from..to, filtered by status, lawyerId and categoryId when given.")
            .ProducesFile(MediaTypeNames.Text.Csv, ExportFiles.Xlsx);

        exports.MapGet("/consultations", (IMediator mediator, [AsParameters] ExportConsultations query, CancellationToken ct) => mediator.SendForFileAsync(query, ct))
            .WithName("ExportConsultations")
            .WithDescription("The consultations held at the centre as CSV or XLSX, from..to, filtered by channel, lawyerId and categoryId when given.")
            .ProducesFile(MediaTypeNames.Text.Csv, ExportFiles.Xlsx);
    }
}
