using LegalAid.Application.Cases.UpdateCase;
using LegalAid.Application.Lookups.GetLookups;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalAid.Web.Pages.Cases;

public sealed class EditModel(IMediator mediator) : CasePageModel(mediator)
{
    [BindProperty]
    public UpdateCase Input { get; set; } = new();

    public Lookups Lookups { get; private set; } = new([], [], [], []);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await ShowAsync(cancellationToken);
        if (page is not PageResult)
        {
            return page;
        }

        Input = UpdateCase.From(Case);
        return page;
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Input with { Id = Id }, _ => BackToCase(Done.CaseUpdated), cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        await base.LoadAsync(cancellationToken);
        Lookups = await Mediator.Send(new GetLookups(Id), cancellationToken);
    }
}
