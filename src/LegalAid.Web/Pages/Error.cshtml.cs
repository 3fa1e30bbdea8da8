using System.Diagnostics;
using LegalAid.Web.Pages.Shared;
using LegalAid.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalAid.Web.Pages;

[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string? RequestId { get; private set; }

    /// <summary>Set for a 403: a refusal says which role would do, and leads back to the form a refused post came from.</summary>
    public RefusalModel? Refusal { get; private set; }

    /// <summary>Set for a 429 whose limit says when it lifts.</summary>
    public int? SecondsToWait { get; private set; }

    public void OnGet(int? code) => Show(code);

    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        Code = code ?? StatusCodes.Status500InternalServerError;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        if (Code == StatusCodes.Status403Forbidden)
        {
            Refusal = RefusedRoles.Of(HttpContext);
        }

        SecondsToWait = RateLimitRefusals.SecondsToWait(Response);
    }
}
