using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Lookups.GetLookups;
using LegalAid.Application.Reports.Common;
using LegalAid.Application.Reports.GenerateDonorReport;
using LegalAid.Application.Reports.ListDonorReports;
using LegalAid.Application.Reports.ListReportPeriods;
using LegalAid.Application.Reports.NotifyDonors;
using LegalAid.Application.Reports.PublishDonorReport;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Reports;

/// <summary>
/// The donor report archive. Programme staff generate reports (period, centres, edition, narrative) and publish them;
/// donors see and download the published ones.
/// </summary>
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : FormPageModel(mediator)
{
    /// <summary>The <see cref="Period"/> that takes the dates typed in <see cref="Input"/>.</summary>
    public const string CustomPeriod = "custom";

    [BindProperty]
    public GenerateDonorReport Input { get; set; } = new();

    /// <summary>A key of <see cref="Periods"/>, or <see cref="CustomPeriod"/> for the dates in <see cref="Input"/>.</summary>
    [BindProperty]
    public string? Period { get; set; }

    /// <summary>The report just generated, highlighted in the archive.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Generated { get; set; }

    public bool CanGenerate => user.IsInRole(Roles.ProgrammeStaff);

    public IReadOnlyList<DonorReportItem> Reports { get; private set; } = [];

    public IReadOnlyList<ReportPeriod> Periods { get; private set; } = [];

    public Lookups Lookups { get; private set; } = new([], [], [], []);

    /// <summary>What publishing or notifying did about e-mail, shown once above the archive.</summary>
    public DonorNoticeResult? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await ShowAsync(cancellationToken);
        Period = Periods.Count > 0 ? Periods[0].Key : null;
        return page;
    }

    public async Task<IActionResult> OnPostGenerateAsync(CancellationToken cancellationToken)
    {
        var periods = CanGenerate ? await Mediator.Send(new ListReportPeriods(), cancellationToken) : [];
        var request = periods.FirstOrDefault(p => p.Key == Period) is { } preset ? Input with { From = preset.From, To = preset.To } : Input;
        return await SubmitAsync(request, id => RedirectToPage(new { generated = id }), cancellationToken);
    }

    public Task<IActionResult> OnPostPublishAsync(int id, int version, CancellationToken cancellationToken) =>
        SubmitThenShowAsync(new PublishDonorReport(id, version), result => Notice = result, cancellationToken);

    public Task<IActionResult> OnPostNotifyAsync(int id, CancellationToken cancellationToken) =>
        SubmitThenShowAsync(new NotifyDonors(id), result => Notice = result, cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        Reports = await Mediator.Send(new ListDonorReports(), cancellationToken);
        if (CanGenerate)
        {
            Lookups = await Mediator.Send(new GetLookups(), cancellationToken);
            Periods = await Mediator.Send(new ListReportPeriods(), cancellationToken);
        }
    }
}
