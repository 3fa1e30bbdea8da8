using LegalAid.Application.Retention.AnonymiseClients;
using LegalAid.Application.Retention.ListRetentionDue;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Admin;

/// <summary>The retention period, the clients past it (by number, never by name), and the button that anonymises them.</summary>
public sealed class RetentionModel(IMediator mediator) : FormPageModel(mediator)
{
    public RetentionOverview? Overview { get; private set; }

    /// <summary>What the last anonymisation did, carried by the redirect after it.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Anonymised { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Records { get; set; }

    public AnonymisationResult? Done => Anonymised is { } clients && Records is { } records ? new(clients, records) : null;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    /// <summary>Redirects after the work, so reloading the page cannot anonymise clients who fell due since, unseen.</summary>
    public Task<IActionResult> OnPostAnonymiseAsync(CancellationToken cancellationToken) =>
        SubmitAsync(new AnonymiseClients(), result => RedirectToPage(new { anonymised = result.Clients, records = result.Records }), cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Overview = await Mediator.Send(new ListRetentionDue(), cancellationToken);
}
