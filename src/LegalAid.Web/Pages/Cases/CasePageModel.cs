using LegalAid.Application.Cases.CaseFile;
using LegalAid.Application.Cases.GetCase;
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

    /// <summary>How the page reads the case; without its voided items unless it says otherwise.</summary>
    protected virtual GetCase CaseRequest() => new(Id);
}
