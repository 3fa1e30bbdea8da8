using LegalAid.Application.Administration.ListPartners;
using LegalAid.Application.Administration.SavePartner;
using LegalAid.Application.Common.Models;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Admin;

public sealed class PartnersModel(IMediator mediator) : FormPageModel(mediator)
{
    [BindProperty]
    public SavePartner Input { get; set; } = new();

    public IReadOnlyList<PartnerDetails> Partners { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Input, _ => RedirectAfter(Done.Saved, subject: LocalisedName.Of(Input.Name, Input.NameKy, Input.NameEn).ToString()), cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Partners = await Mediator.Send(new ListPartners(), cancellationToken);
}
