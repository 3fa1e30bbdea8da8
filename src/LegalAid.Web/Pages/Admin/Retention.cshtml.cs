using LegalAid.Application.Retention.AnonymiseClients;
using LegalAid.Application.Retention.ListRetentionDue;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Admin;

/// <summary>The retention period, the clients past it (by number, never by name), and the button that anonymises them.</summary>
public sealed class RetentionModel(IMediator mediator) : FormPageModel(mediator)
{
    public RetentionOverview? Overview { get; private set; }

    public AnonymisationResult? Done { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAnonymiseAsync(CancellationToken cancellationToken) =>
        SubmitThenShowAsync(new AnonymiseClients(), result => Done = result, cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Overview = await Mediator.Send(new ListRetentionDue(), cancellationToken);
}
