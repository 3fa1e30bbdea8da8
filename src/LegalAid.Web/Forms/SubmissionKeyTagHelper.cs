using LegalAid.Application.Common.Interfaces;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LegalAid.Web.Forms;

/// <summary>
/// Gives every form that posts a new submission key, so that the same form sent twice (a second tap while the first is
/// on its way, the page sent again from the browser's history) creates its record once (<see cref="ISubmissionKey"/>).
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class SubmissionKeyTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (string.Equals(output.Attributes["method"]?.Value?.ToString(), "post", StringComparison.OrdinalIgnoreCase))
        {
            output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{ISubmissionKey.Name}\" value=\"{Guid.NewGuid():N}\">");
        }
    }
}
