using LegalAid.Application.Common.Models;
using LegalAid.Application.Lookups.GetLookups;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Application.Statistics.ExportStatistics;
using LegalAid.Application.Statistics.GetStatistics;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Statistics;

/// <summary>The programme's figures for any period and filters, compared with the period before and the year before.</summary>
public sealed class IndexModel(IMediator mediator) : FormPageModel(mediator)
{
    /// <summary>Bound from the query string, so a view can be bookmarked and its exports use the same filters.</summary>
    [BindProperty(SupportsGet = true)]
    public GetStatistics Filter { get; set; } = new();

    public StatisticsReport? Report { get; private set; }

    public Lookups Lookups { get; private set; } = new([], [], [], []);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = await WithDefaultPeriodAsync(Filter, cancellationToken);
        return await QueryAsync(Filter, report => Report = report, cancellationToken);
    }

    /// <summary>The file; a refused filter, table or format shows the page with the errors, and the period exported, instead.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? table, ExportFormat format, CsvSeparator? separator, CancellationToken cancellationToken)
    {
        Filter = await WithDefaultPeriodAsync(Filter, cancellationToken);
        return await SubmitAsync(
            new ExportStatistics(Filter, table, format, separator ?? CsvSeparator.Comma),
            file => File(file.Content, file.ContentType, file.FileName),
            cancellationToken,
            prefix: string.Empty);
    }

    /// <summary>The query string of the current filters, for export links.</summary>
    public string FilterQuery(string? table, ExportFormat format, CsvSeparator separator = CsvSeparator.Comma) =>
        QueryString.Create(Request.Query.Where(q => q.Key is not ("handler" or "table" or "format" or "separator"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("handler", "Export"))
            .Append(new("format", format.ToString()))
            .Concat(table is null ? [] : [new KeyValuePair<string, string?>("table", table)])
            .Concat(separator == CsvSeparator.Comma ? [] : [new KeyValuePair<string, string?>("separator", separator.ToString())])).ToString();

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Lookups = await Mediator.Send(new GetLookups(), cancellationToken);

    /// <summary>The last twelve months up to today at the user's centre, unless chosen.</summary>
    private async Task<GetStatistics> WithDefaultPeriodAsync(GetStatistics filter, CancellationToken cancellationToken)
    {
        if (filter is { From: not null, To: not null })
        {
            return filter;
        }

        var today = (await Mediator.Send(new GetLookups(), cancellationToken)).Today;
        var firstMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        return filter with { From = filter.From ?? firstMonth, To = filter.To ?? today };
    }
}
