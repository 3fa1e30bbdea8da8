using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Lookups.GetLookups;
using LegalAid.Application.Reports.Common;
using LegalAid.Application.Reports.GenerateDonorReport;
using LegalAid.Application.Reports.ListDonorReports;
using LegalAid.Application.Reports.NotifyDonors;
using LegalAid.Application.Reports.PublishDonorReport;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Reports;

/// <summary>
/// The donor report archive. Programme staff generate reports (period, centres, edition, narrative) and publish them;
/// donors see and download the published ones.
/// </summary>
public sealed class IndexModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : FormPageModel(mediator)
{
    [BindProperty]
    public GenerateDonorReport Input { get; set; } = new();

    /// <summary>A key of <see cref="Periods"/>, or <see cref="ReportPeriod.Custom"/> for the dates in <see cref="Input"/>.</summary>
    [BindProperty]
    public string? Period { get; set; }

    /// <summary>The report just generated, highlighted in the archive.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Generated { get; set; }

    public bool CanGenerate => user.IsInRole(Roles.ProgrammeStaff);

    public IReadOnlyList<DonorReportItem> Reports { get; private set; } = [];

    public IReadOnlyList<ReportPeriod> Periods => ReportPeriod.Recent(Today);

    public Lookups Lookups { get; private set; } = new([], [], [], []);

    /// <summary>What publishing or notifying did about e-mail, shown once above the archive.</summary>
    public DonorNoticeResult? Notice { get; private set; }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Period = Periods[0].Key;
        return ShowAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostGenerateAsync(CancellationToken cancellationToken)
    {
        var request = ReportPeriod.Find(Period, Today) is { } preset ? Input with { From = preset.From, To = preset.To } : Input;
        return SubmitAsync(request, id => RedirectToPage(new { generated = id }), cancellationToken);
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
        }
    }
}
