using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace LegalAid.Web.Pages.Shared;

public static class WrappingEmail
{
    /// <summary>An e-mail address that a narrow column wraps after its «@», not inside its name or domain.</summary>
    public static IHtmlContent Of(string email) =>
        new HtmlString(string.Join("@<wbr>", email.Split('@').Select(HtmlEncoder.Default.Encode)));
}
