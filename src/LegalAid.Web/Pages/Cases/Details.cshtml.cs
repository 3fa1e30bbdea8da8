using LegalAid.Application.Cases.GetCase;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Cases;

public sealed class DetailsModel(IMediator mediator) : FormPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public CaseDto Case { get; private set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Case = await Mediator.Send(new GetCase(Id), cancellationToken);
}
