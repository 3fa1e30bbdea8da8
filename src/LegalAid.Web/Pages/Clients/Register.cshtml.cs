using LegalAid.Application.Clients.Common;
using LegalAid.Application.Clients.RegisterClient;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Lookups.GetLookups;
using LegalAid.Domain.Clients;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Clients;

public sealed class RegisterModel(IMediator mediator, ICurrentUser user) : FormPageModel(mediator)
{
    [BindProperty]
    public RegisterClient Input { get; set; } = new();

    /// <summary>Clients are registered at the lawyer's own centre.</summary>
    public string CentreName { get; private set; } = string.Empty;

    /// <summary>Today at the lawyer's centre.</summary>
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await ShowAsync(cancellationToken);
        Input = new RegisterClient
        {
            PreferredLanguage = Languages.Russian,
            ConsentGivenOn = Today,
            ConsentScopes = [ConsentScope.LegalAid],
        };
        return page;
    }

    /// <summary>People who may be the one being registered; shown until the lawyer confirms a different person.</summary>
    public PossibleDuplicates? Duplicates { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await SubmitAsync(Input, id => RedirectAfter(Done.ClientRegistered, "/Clients/Details", new { id }), cancellationToken);
        }
        catch (PossibleDuplicateException duplicates)
        {
            Duplicates = duplicates.Duplicates;
            return await ShowAsync(cancellationToken);
        }
    }

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        var lookups = await Mediator.Send(new GetLookups(), cancellationToken);
        CentreName = lookups.Centres.FirstOrDefault(c => c.Id == user.CentreId)?.Name.ToString() ?? string.Empty;
        Today = lookups.Today;
    }
}
