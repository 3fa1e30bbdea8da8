using LegalAid.Application.Cases.CaseFile;
using LegalAid.Application.Cases.EditReferral;
using LegalAid.Application.Cases.VoidReferral;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Lookups.GetLookups;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalAid.Web.Pages.Cases;

/// <summary>One referral of the case, to correct (partner, date, note) or to void with a reason.</summary>
public sealed class ReferralModel(IMediator mediator) : CasePageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int ReferralId { get; set; }

    [BindProperty]
    public EditReferral Input { get; set; } = new();

    [BindProperty]
    public VoidReferral Void { get; set; } = new();

    public ReferralItem Referral { get; private set; } = new();

    public Lookups Lookups { get; private set; } = new([], [], [], []);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Input with { CaseId = Id, ReferralId = ReferralId }, _ => BackToCase(Done.ReferralCorrected, "referrals"), cancellationToken);

    public Task<IActionResult> OnPostVoidAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Void with { CaseId = Id, ReferralId = ReferralId }, _ => BackAfterVoiding("referrals"), cancellationToken, nameof(Void));

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        await base.LoadAsync(cancellationToken);
        Referral = Case.Referrals.SingleOrDefault(r => r.Id == ReferralId) ?? throw new NotFoundException(nameof(Referral), ReferralId);
        if (!Posted(nameof(Input)))
        {
            Input = EditReferral.From(Id, Referral);
        }

        if (!Posted(nameof(Void)))
        {
            Void = new VoidReferral { Version = Referral.Version };
        }

        Lookups = await Mediator.Send(new GetLookups(), cancellationToken);
    }
}
