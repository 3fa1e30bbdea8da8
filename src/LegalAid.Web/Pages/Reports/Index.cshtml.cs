using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Lookups.GetLookups;
using LegalAid.Application.Reports.Common;
using LegalAid.Application.Reports.Disclosure;
using LegalAid.Application.Reports.GenerateDonorReport;
using LegalAid.Application.Reports.ListDonorReports;
using LegalAid.Application.Reports.ListReportPeriods;
using LegalAid.Application.Reports.NotifyDonors;
using LegalAid.Application.Reports.PublishDonorReport;
using LegalAid.Application.Reports.WithdrawDonorReport;
using LegalAid.Web.Localisation;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Reports;

/// <summary>
/// The donor report archive. Programme staff generate reports (period, centres, edition, narrative), publish them
/// after a confirmation step and may withdraw a published one with a reason; donors see the published ones and download
/// those not withdrawn.
/// </summary>
public sealed class IndexModel(IMediator mediator, ICurrentUser user, UiText text) : FormPageModel(mediator)
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

    /// <summary>The report whose publication is to be confirmed.</summary>
    [BindProperty(SupportsGet = true)]
    public int? ConfirmPublish { get; set; }

    /// <summary>The report to withdraw, once a reason is given and confirmed.</summary>
    [BindProperty(SupportsGet = true)]
    public int? ConfirmWithdraw { get; set; }

    /// <summary>Why the report is withdrawn; the donors who had it read it in their e-mail.</summary>
    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>Programme staff generate, publish and withdraw reports; everyone else who reads the page only reads.</summary>
    public bool CanGenerate => user.IsInRole(Roles.ProgrammeStaff);

    /// <summary>Donors see the reports published for them; everyone else the whole archive, drafts included.</summary>
    public bool IsDonor => user.IsInRole(Roles.Donor);

    /// <summary>Some of the report's text was refused for what may read as a person's: the form offers to confirm that it is not.</summary>
    public bool RefusedAsIdentifying =>
        !ModelState.IsValid && new[] { Input.Title, Input.Introduction, Input.Highlights, Input.Challenges, Input.NextSteps }.Any(DonorTextRules.AsksToConfirm);

    public IReadOnlyList<DonorReportItem> Reports { get; private set; } = [];

    public IReadOnlyList<ReportPeriod> Periods { get; private set; } = [];

    public Lookups Lookups { get; private set; } = new([], [], [], []);

    /// <summary>What publishing, withdrawing or notifying did about e-mail, shown once above the archive.</summary>
    public DonorNoticeResult? Notice { get; private set; }

    /// <summary>The report <see cref="Notice"/> is about.</summary>
    public int? NoticeReportId { get; private set; }

    /// <summary>Whether <see cref="Notice"/> came from asking to e-mail the donors a report or its withdrawal had not reached.</summary>
    public bool NoticeIsFollowUp { get; private set; }

    /// <summary>Whether <see cref="Notice"/> told donors of a withdrawal rather than sent them the report.</summary>
    public bool NoticeIsWithdrawal => Reports.FirstOrDefault(r => r.Id == NoticeReportId)?.WithdrawnAtUtc is not null;

    /// <summary>The archived report a confirmation step is about, if it is in a state that step applies to.</summary>
    public DonorReportItem? ToPublish => CanGenerate ? Reports.FirstOrDefault(r => r.Id == ConfirmPublish && r.PublishedAtUtc is null) : null;

    public DonorReportItem? ToWithdraw => CanGenerate ? Reports.FirstOrDefault(r => r.Id == ConfirmWithdraw && r.PublishedAtUtc is not null && r.WithdrawnAtUtc is null) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (ShownOnce<NoticeShown>() is { } shown)
        {
            (Notice, NoticeReportId, NoticeIsFollowUp) = (new DonorNoticeResult(shown.Notified, shown.EmailError), shown.ReportId, shown.FollowUp);
        }

        var page = await ShowAsync(cancellationToken);
        Period = Periods.Count > 0 ? Periods[0].Key : null;
        return page;
    }

    /// <summary>Whether the page answers the generating form, which stays open to show what it refused.</summary>
    public bool Generating { get; private set; }

    public async Task<IActionResult> OnPostGenerateAsync(CancellationToken cancellationToken)
    {
        Generating = true;
        var periods = CanGenerate ? await Mediator.Send(new ListReportPeriods(), cancellationToken) : [];
        var preset = periods.FirstOrDefault(p => p.Key == Period);
        if (CanGenerate && preset is null && Period != CustomPeriod)
        {
            ModelState.AddModelError(nameof(Period), text["Reports.ChoosePeriod"]);
            return await ShowAsync(cancellationToken);
        }

        var request = preset is null ? Input : Input with { From = preset.From, To = preset.To };
        return await SubmitAsync(request, id => RedirectToPage(new { generated = id }), cancellationToken);
    }

    /// <summary>
    /// Each step that e-mails donors redirects to the page, which shows what it did once: a reload does not send it again.
    /// A refused publication shows its confirmation step again, so the refusal's «this report» is in sight.
    /// </summary>
    public Task<IActionResult> OnPostPublishAsync(int id, int version, CancellationToken cancellationToken)
    {
        ConfirmPublish = id;
        return SubmitThenShowOnceAsync(new PublishDonorReport(id, version), result => NoticeShown.Of(id, result, followUp: false), cancellationToken);
    }

    /// <summary>A refused withdrawal shows its confirmation step again, with the reason typed and the error beside it.</summary>
    public Task<IActionResult> OnPostWithdrawAsync(int id, int version, CancellationToken cancellationToken)
    {
        ConfirmWithdraw = id;
        return SubmitThenShowOnceAsync(new WithdrawDonorReport(id, Reason, version), result => NoticeShown.Of(id, result, followUp: false), cancellationToken, prefix: string.Empty);
    }

    public Task<IActionResult> OnPostNotifyAsync(int id, CancellationToken cancellationToken) =>
        SubmitThenShowOnceAsync(new NotifyDonors(id), result => NoticeShown.Of(id, result, followUp: true), cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        Reports = await Mediator.Send(new ListDonorReports(), cancellationToken);
        if (CanGenerate)
        {
            Lookups = await Mediator.Send(new GetLookups(), cancellationToken);
            Periods = await Mediator.Send(new ListReportPeriods(), cancellationToken);
        }
    }

    private sealed record NoticeShown(int ReportId, int? Notified, string? EmailError, bool FollowUp)
    {
        public static NoticeShown Of(int reportId, DonorNoticeResult result, bool followUp) => new(reportId, result.Notified, result.EmailError, followUp);
    }
}
