using LegalAid.Application.Account.DisableTwoFactor;
using LegalAid.Application.Account.EnableTwoFactor;
using LegalAid.Application.Account.GetTwoFactorSetup;
using LegalAid.Application.Common.Interfaces;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using QRCoder;

namespace LegalAid.Web.Pages.Account;

public sealed class TwoFactorModel(IMediator mediator) : FormPageModel(mediator)
{
    [BindProperty]
    public EnableTwoFactor Input { get; set; } = new();

    public TwoFactorSetup Setup { get; private set; } = new(false, string.Empty, string.Empty);

    /// <summary>The authenticator URI as a QR code (PNG data URI, which the content security policy allows for images).</summary>
    public string QrCodeDataUri
    {
        get
        {
            using var generator = new QRCodeGenerator();
            using var code = generator.CreateQrCode(Setup.AuthenticatorUri, QRCodeGenerator.ECCLevel.Q);
            return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(code).GetGraphic(5));
        }
    }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Input, _ => RedirectToPage(), cancellationToken);

    public Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken) =>
        SubmitAsync(new DisableTwoFactor(), _ => RedirectToPage(), cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Setup = await Mediator.Send(new GetTwoFactorSetup(), cancellationToken);
}
