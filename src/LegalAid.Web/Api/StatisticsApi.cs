using System.Net.Mime;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Application.Statistics.ExportStatistics;
using LegalAid.Application.Statistics.GetStatistics;
using LegalAid.Web.Security;
using MediatR;

namespace LegalAid.Web.Api;

internal static class StatisticsApi
{
    private const string FilterPrefix = nameof(ExportStatistics.Filter) + ".";

    public static void MapStatisticsApi(this RouteGroupBuilder api)
    {
        var statistics = api.MapGroup("/statistics").WithTags("Statistics").RequireAuthorization(Policies.Statistics);

#pragma warning disable RDG002 // left to the run-time factory on purpose: see BoundAtRunTime
        statistics.MapGet("/", BoundAtRunTime.Handler((IMediator mediator, [AsParameters] GetStatistics query, CancellationToken ct) => mediator.Send(query, ct)))
            .WithName("GetStatistics")
            .WithDescription("Every indicator for the period and filters (repeat a filter to choose several values: centre=1&centre=2), " +
                "with the previous period, the same period a year before, months and breakdown tables. Aggregates only.")
            .Produces<StatisticsReport>();
#pragma warning restore RDG002

#pragma warning disable RDG002 // left to the run-time factory on purpose: see BoundAtRunTime
        statistics.MapGet("/export", BoundAtRunTime.Handler(async (IMediator mediator, [AsParameters] GetStatistics query, string? table, ExportFormat format, CsvSeparator? separator, CancellationToken ct) =>
            {
                try
                {
                    return await mediator.SendForFileAsync(new ExportStatistics(query, table, format, separator ?? CsvSeparator.Comma), ct);
                }
                catch (InvalidRequestException invalid)
                {
                    // The filters arrive as the query's own parameters (from, to, centre...), so their errors are named so.
                    throw new InvalidRequestException(invalid.Errors.ToDictionary(e => e.Key.StartsWith(FilterPrefix, StringComparison.Ordinal) ? e.Key[FilterPrefix.Length..] : e.Key, e => e.Value));
                }
            }))
            .WithName("ExportStatistics")
            .WithDescription("One table as CSV (table=ClientsByCitizenshipAndSex&format=Csv; also table=Headline or table=Months), comma-separated " +
                "with decimal points, or separator=Semicolon for Russian-locale Excel (decimal commas); or everything as one XLSX workbook (format=Xlsx) " +
                "whose first sheet gives the period, the filters, when the figures were read and who exported them, and links to every table.")
            .ProducesFile(MediaTypeNames.Text.Csv, ExportFiles.Xlsx).ProducesProblem(StatusCodes.Status404NotFound);
#pragma warning restore RDG002
    }
}
