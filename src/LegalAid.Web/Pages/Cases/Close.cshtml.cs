using LegalAid.Application.Cases.CloseCase;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalAid.Web.Pages.Cases;

public sealed class CloseModel(IMediator mediator) : CasePageModel(mediator)
{
    [BindProperty]
    public CloseCase Input { get; set; } = new();

    /// <summary>Closing ends the work, so an anonymised client's case may still be closed (without a note).</summary>
    protected override bool RecordsWork => false;

    protected override CaseStatus? AppliesTo => CaseStatus.Open;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await ShowAsync(cancellationToken);
        if (page is not PageResult)
        {
            return page;
        }

        // Nothing recovered yet reads as an empty field to fill, not a "0" to delete first.
        Input = new CloseCase { Version = Case.Version, ClosedOn = Case.CentreToday, AmountRecovered = Case.AmountRecovered == 0 ? null : Case.AmountRecovered };
        return page;
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Input with { Id = Id }, _ => BackToCase(Done.CaseClosed), cancellationToken);
}
