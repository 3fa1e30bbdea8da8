using System.Text.Json;
using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Resources;
using LegalAid.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalAid.Web.Pages;

/// <summary>
/// A page that sends requests, most often from a form. Refusals come back as errors beside their fields
/// (the form keeps what the user typed); a stale edit shows the conflict message on top; a record
/// the user may not see is a plain 404, whether it exists or not.
/// </summary>
public abstract class FormPageModel(IMediator mediator) : PageModel
{
    protected IMediator Mediator { get; } = mediator;

    /// <summary>Loads what the form shows besides the user's input: lists to choose from, the record's header.</summary>
    protected virtual Task LoadAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Whether this request posted the form whose fields are named after <paramref name="prefix"/>. A page with two forms
    /// (correct a record, void it) fills the one not posted from the record, so that a refusal of one leaves the other as saved.
    /// </summary>
    protected bool Posted(string prefix) =>
        Request.HasFormContentType && Request.Form.Keys.Any(key => key.StartsWith(prefix + ".", StringComparison.Ordinal));

    /// <summary>Where to send the user instead of the form, once what it shows is loaded; none by default.</summary>
    protected virtual IActionResult? Diversion() => null;

    protected async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        try
        {
            await LoadAsync(cancellationToken);
            return Diversion() ?? Page();
        }
        catch (Exception e) when (Refusal(e) is { } refusal)
        {
            return refusal;
        }
    }

    protected async Task<IActionResult> SubmitAsync<TResponse>(
        IRequest<TResponse> request,
        Func<TResponse, IActionResult> onSuccess,
        CancellationToken cancellationToken,
        string prefix = "Input")
    {
        if (!ModelState.IsValid)
        {
            // Some input could not even be read (say, a malformed date): show every other error too.
            await AddValidationErrorsAsync(request, prefix, cancellationToken);
            return await ShowAsync(cancellationToken);
        }

        try
        {
            return onSuccess(await Mediator.Send(request, cancellationToken));
        }
        catch (SubmissionKeyReusedException)
        {
            ModelState.AddModelError(string.Empty, Messages.FormSentAgainChanged);
        }
        catch (InvalidRequestException invalid)
        {
            AddErrors(invalid, prefix);
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(string.Empty, Messages.ConcurrencyConflict);
        }
        catch (SubmittedMeanwhileException)
        {
            ModelState.AddModelError(string.Empty, Messages.FormSubmittedMeanwhile);
        }
        catch (Exception e) when (Refusal(e) is { } refusal)
        {
            return refusal;
        }

        return await ShowAsync(cancellationToken);
    }

    /// <summary>Sends the request and, when it succeeds, shows the same page again after <paramref name="onSuccess"/>.</summary>
    protected async Task<IActionResult> SubmitThenShowAsync<TResponse>(
        IRequest<TResponse> request, Action<TResponse> onSuccess, CancellationToken cancellationToken, string prefix = "Input")
    {
        var succeeded = false;
        var result = await SubmitAsync(request, response =>
        {
            succeeded = true;
            onSuccess(response);
            return Page();
        }, cancellationToken, prefix);
        return succeeded ? await ShowAsync(cancellationToken) : result;
    }

    /// <summary>
    /// Sends a request whose answer is shown once (a one-time password, what publishing a report e-mailed), then redirects
    /// to the page, which shows <paramref name="shown"/> of it from TempData (an encrypted cookie read once). A reload
    /// or a phone restoring the tab then reads the page again instead of sending the request again, which would replace
    /// a secret just copied with a new one or repeat a step.
    /// </summary>
    protected Task<IActionResult> SubmitThenShowOnceAsync<TResponse, TShown>(
        IRequest<TResponse> request, Func<TResponse, TShown> shown, CancellationToken cancellationToken, string prefix = "Input") =>
        SubmitAsync(request, response =>
        {
            TempData[ShownOnceKey<TShown>()] = JsonSerializer.Serialize(shown(response));
            return RedirectToPage();
        }, cancellationToken, prefix);

    /// <summary>
    /// Redirects after a save to a page that says once what was done («Дело закрыто.», see <see cref="DoneNotice"/>): the
    /// page alone may show it only by a line that changed, and a reload does not say it again.
    /// </summary>
    protected RedirectToPageResult RedirectAfter(Done done, string? pageName = null, object? routeValues = null, string? fragment = null, string? subject = null)
    {
        new DoneNotice(pageName ?? (string)RouteData.Values["page"]!, done, fragment, subject).Keep(TempData);
        return RedirectToPage(pageName, null, routeValues, fragment);
    }

    /// <summary>What <see cref="SubmitThenShowOnceAsync"/> left to show, on the one request that reads it.</summary>
    protected TShown? ShownOnce<TShown>() =>
        TempData[ShownOnceKey<TShown>()] is string json ? JsonSerializer.Deserialize<TShown>(json) : default;

    /// <summary>
    /// One key a page and kind of answer, so that what one page left and the user never saw is not read by another as
    /// its own, nor one step's answer on a page as another's.
    /// </summary>
    private string ShownOnceKey<TShown>() => $"ShownOnce:{GetType().FullName}:{typeof(TShown).Name}";

    /// <summary>
    /// Sends a request that shows no form (a download, the record an edit form starts from): a refusal answers as
    /// everywhere else (404, 403, sign-in), a refused request with 400.
    /// </summary>
    protected async Task<IActionResult> SendAsync<TResponse>(IRequest<TResponse> request, Func<TResponse, IActionResult> onSuccess, CancellationToken cancellationToken)
    {
        try
        {
            return onSuccess(await Mediator.Send(request, cancellationToken));
        }
        catch (InvalidRequestException)
        {
            return BadRequest();
        }
        catch (Exception e) when (Refusal(e) is { } refusal)
        {
            return refusal;
        }
    }

    /// <summary>Runs a list page's query; refused filters show as errors above an empty list.</summary>
    protected async Task<IActionResult> QueryAsync<TResponse>(IRequest<TResponse> query, Action<TResponse> show, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                show(await Mediator.Send(query, cancellationToken));
            }
            catch (InvalidRequestException invalid)
            {
                AddErrors(invalid, string.Empty);
            }
            catch (Exception e) when (Refusal(e) is { } refusal)
            {
                return refusal;
            }
        }

        return await ShowAsync(cancellationToken);
    }

    /// <summary>What was sent for a field, as sent: a number that did not bind shows as typed, not as 0.</summary>
    public string? Typed(string key) => ModelState.TryGetValue(key, out var entry) ? entry.AttemptedValue : null;

    /// <summary>Whether the form <paramref name="prefix"/> was refused for its fields, so that it shows again as typed.</summary>
    public bool RefusedFields(string prefix = "Input") =>
        ModelState.Any(entry => entry.Key.StartsWith(prefix + ".", StringComparison.Ordinal) && entry.Value is { Errors.Count: > 0 });

    private IActionResult? Refusal(Exception exception) => exception switch
    {
        NotFoundException => NotFound(),
        ForbiddenAccessException forbidden => Forbidden(forbidden),
        UnauthorizedAccessException => Challenge(),
        _ => null,
    };

    private StatusCodeResult Forbidden(ForbiddenAccessException forbidden)
    {
        // The page itself was allowed: a refused form leads back to it.
        RefusedRoles.Remember(HttpContext, forbidden.Needs, HttpMethods.IsPost(Request.Method) ? Request.Path + Request.QueryString : null);
        return StatusCode(StatusCodes.Status403Forbidden);
    }

    private async Task AddValidationErrorsAsync(object request, string prefix, CancellationToken cancellationToken)
    {
        var validatorType = typeof(IValidator<>).MakeGenericType(request.GetType());
        foreach (var validator in HttpContext.RequestServices.GetServices(validatorType).OfType<IValidator>())
        {
            var result = await validator.ValidateAsync(new ValidationContext<object>(request), cancellationToken);
            foreach (var failure in result.Errors)
            {
                var key = FieldKey(prefix, failure.PropertyName);
                if (ModelState[key] is not { Errors.Count: > 0 })
                {
                    ModelState.AddModelError(key, failure.ErrorMessage);
                }
            }
        }
    }

    private void AddErrors(InvalidRequestException invalid, string prefix)
    {
        foreach (var (field, messages) in invalid.Errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(FieldKey(prefix, field), message);
            }
        }
    }

    /// <summary>The form's field, or none for what concerns the whole form (its submission key).</summary>
    private static string FieldKey(string prefix, string field) =>
        field == ISubmissionKey.Name ? string.Empty : prefix.Length == 0 || field.Length == 0 ? field : $"{prefix}.{field}";
}
