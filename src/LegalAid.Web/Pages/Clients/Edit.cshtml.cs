using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Clients.UpdateClient;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Domain.Clients;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Clients;

public sealed class EditModel(IMediator mediator) : FormPageModel(mediator)
{
    [BindProperty]
    public UpdateClient Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        try
        {
            var client = await Mediator.Send(new GetClient(id), cancellationToken);
            Input = new UpdateClient
            {
                Id = client.Id,
                Version = client.Version,
                FamilyName = client.FamilyName,
                GivenName = client.GivenName,
                Patronymic = client.Patronymic,
                LatinName = client.LatinName,
                Sex = client.Sex,
                DateOfBirth = client.BirthDate,
                BirthYear = client.BirthDate is null ? client.BirthYear : null,
                Citizenship = client.Citizenship,
                Phone = client.Phone,
                MessengerContact = client.MessengerContact,
                RegionOfOrigin = client.RegionOfOrigin,
                PreferredLanguage = client.PreferredLanguage,
                ConsentGivenOn = client.ConsentGivenOn,
                ConsentScopes = Enum.GetValues<ConsentScope>().Where(s => s != ConsentScope.None && client.ConsentScope.HasFlag(s)).ToList(),
            };
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        Input = Input with { Id = id };
        return SubmitAsync(Input, _ => RedirectToPage("/Clients/Details", new { id }), cancellationToken);
    }
}
