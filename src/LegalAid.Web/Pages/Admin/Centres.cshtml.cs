using LegalAid.Application.Administration.ListCentres;
using LegalAid.Application.Administration.UpdateCentre;
using LegalAid.Application.Common.Models;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Admin;

public sealed class CentresModel(IMediator mediator) : FormPageModel(mediator)
{
    [BindProperty]
    public UpdateCentre Input { get; set; } = new();

    public IReadOnlyList<CentreDetails> Centres { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Input, _ => RedirectAfter(Done.Saved, subject: LocalisedName.Of(Input.Name, Input.NameKy, Input.NameEn).ToString()), cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Centres = await Mediator.Send(new ListCentres(), cancellationToken);
}
