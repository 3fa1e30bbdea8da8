using System.Globalization;
using LegalAid.Application.Cases.ReassignCases;
using LegalAid.Application.Lookups.GetLookups;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Cases;

/// <summary>A coordinator hands every open case of one lawyer of their centre to another (<see cref="ReassignCases"/>).</summary>
public sealed class ReassignModel(IMediator mediator) : FormPageModel(mediator)
{
    /// <summary>The lawyer whose cases are handed over.</summary>
    [BindProperty(SupportsGet = true)]
    public int From { get; set; }

    [BindProperty]
    public ReassignCases Input { get; set; } = new();

    public Lookups Lookups { get; private set; } = new([], [], [], []);

    public LawyerItem? Lawyer { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    /// <summary>The cases moved land on the list of the lawyer who has them now, which says how many moved.</summary>
    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Input with { FromLawyerId = From }, moved => RedirectAfter(
            Done.CasesReassigned, "/Cases/Index", new { lawyerId = Input.ToLawyerId, status = "Open" }, subject: moved.ToString(CultureInfo.CurrentCulture)), cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        Lookups = await Mediator.Send(new GetLookups(), cancellationToken);
        Lawyer = Lookups.EveryLawyer.FirstOrDefault(l => l.Id == From);
    }

    protected override IActionResult? Diversion() => Lawyer is null ? NotFound() : null;
}
