using LegalAid.Application.Cases.ReopenCase;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalAid.Web.Pages.Cases;

public sealed class ReopenModel(IMediator mediator) : CasePageModel(mediator)
{
    [BindProperty]
    public ReopenCase Input { get; set; } = new();

    protected override CaseStatus? AppliesTo => CaseStatus.Closed;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await ShowAsync(cancellationToken);
        if (page is not PageResult)
        {
            return page;
        }

        Input = new ReopenCase { Version = Case.Version, ReopenedOn = Case.CentreToday };
        return page;
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Input with { Id = Id }, _ => BackToCase(Done.CaseReopened), cancellationToken);
}
