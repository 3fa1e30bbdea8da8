using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace LegalAid.Web.Forms;

/// <summary>
/// Puts what <see cref="FormReading"/> found into the page's model state before its handler runs: the reason a form
/// could not be read above the form, a field that is not UTF-8 beside that field. Every form page refuses invalid
/// input this way (FormPageModel sends nothing while the model state has errors).
/// </summary>
internal sealed class FormInputFilter(IStringLocalizer<SharedResource> text) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HttpContext.Features.Get<FormInput>() is { } input)
        {
            if (input.Unreadable is { } reason)
            {
                context.ModelState.AddModelError(string.Empty, reason);
            }

            foreach (var field in input.FieldsNotUtf8)
            {
                context.ModelState.AddModelError(field, text["Form.NotUtf8"]);
            }
        }

        return next();
    }
}
