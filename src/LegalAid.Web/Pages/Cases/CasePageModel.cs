using LegalAid.Application.Cases.CaseFile;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Cases;

/// <summary>A form about one case; the page shows the case's number and client above the form.</summary>
public abstract class CasePageModel(IMediator mediator) : FormPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public CaseDto Case { get; private set; } = new();

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Case = await Mediator.Send(CaseRequest(), cancellationToken);

    /// <summary>Whether the page records work on the case, which an anonymised client's case no longer takes.</summary>
    protected virtual bool RecordsWork => true;

    /// <summary>The status the case must have for the form to apply (closing an open case, reopening a closed one); any by default.</summary>
    protected virtual CaseStatus? AppliesTo => null;

    /// <summary>
    /// Such a form, opened for a case it no longer applies to (a stale link, a typed address, a case another lawyer
    /// closed meanwhile, an anonymised client's case), leads to the case page, which shows the case's status and what
    /// is left to do; a refused submission stays on its form with the refusal.
    /// </summary>
    protected override IActionResult? Diversion() =>
        !HttpMethods.IsGet(Request.Method) ? null
        : RecordsWork && Case.OnlyEndsWork ? RedirectToPage("/Cases/Details", new { id = Id })
        : AppliesTo is { } status && Case.Status != status ? RedirectToPage("/Cases/Details", new { id = Id, notApplicable = true })
        : null;

    /// <summary>Back to the case page, at <paramref name="section"/> if given, saying once what the save did.</summary>
    protected RedirectToPageResult BackToCase(Done done, string? section = null) =>
        RedirectAfter(done, "/Cases/Details", new { id = Id }, section);

    /// <summary>
    /// Back to the case page's <paramref name="section"/> after voiding one of its records, with the voided ones shown,
    /// so that the record the notice says stays struck through is there to see.
    /// </summary>
    protected RedirectToPageResult BackAfterVoiding(string section) =>
        RedirectAfter(Done.RecordVoided, "/Cases/Details", new { id = Id, voided = "true" }, section);

    /// <summary>How the page reads the case; without its voided items unless it says otherwise.</summary>
    protected virtual GetCase CaseRequest() => new(Id);
}
