using System.Net.Mime;
using LegalAid.Application.Clients.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Resources;
using LegalAid.Web.Api;
using LegalAid.Web.Security;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Errors;

/// <summary>
/// Turns the Application layer's exceptions into RFC 7807 problem details for the JSON API, once,
/// at the edge. Pages handle these exceptions themselves (errors beside fields, 404 pages).
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ApiBindingErrors bindingErrors) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at /Error; the feature keeps the original path.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ProblemDetails? problem = exception switch
        {
            InvalidRequestException { RefusesTheRequestAsAWhole: true } state => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = Messages.StateConflictTitle,
                Detail = string.Join(" ", state.Errors[string.Empty]),
            },
            InvalidRequestException invalid => new HttpValidationProblemDetails(FieldErrors(invalid, httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = Messages.InvalidRequestTitle,
            },
            NotFoundException => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = Messages.NotFound },
            UnauthorizedAccessException => new ProblemDetails { Status = StatusCodes.Status401Unauthorized, Title = Messages.SignInRequired },
            ForbiddenAccessException forbidden => Refused(httpContext, forbidden),
            ConcurrencyConflictException => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = Messages.ConcurrencyConflict },
            SubmittedMeanwhileException => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = Messages.SubmittedMeanwhile },
            PossibleDuplicateException duplicate => new PossibleDuplicateProblem
            {
                Status = StatusCodes.Status409Conflict,
                Title = Messages.PossibleDuplicate,
                PossibleDuplicates = duplicate.Duplicates,
            },
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new ProblemDetails { Status = StatusCodes.Status413PayloadTooLarge },
            BadHttpRequestException badRequest when bindingErrors.For(badRequest, httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint) is var (field, message) =>
                new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = Messages.InvalidRequestTitle,
                },
            BadHttpRequestException badRequest => new ProblemDetails { Status = badRequest.StatusCode },
            _ => null,
        };

        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        var context = new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception };
        if (await problemDetails.TryWriteAsync(context))
        {
            return true;
        }

        // A caller that accepts no JSON (Accept: text/plain) still gets the problem with its field errors, not the HTML
        // error page: a server may disregard Accept (RFC 9110, 12.5.1), and this API has no other form of a problem.
        httpContext.Request.Headers.Accept = MediaTypeNames.Application.ProblemJson;
        return await problemDetails.TryWriteAsync(context);
    }

    /// <summary>A refusal by role: the roles it needed are kept for the problem's detail, as for a page refused by its policy.</summary>
    private static ProblemDetails Refused(HttpContext httpContext, ForbiddenAccessException forbidden)
    {
        RefusedRoles.Remember(httpContext, forbidden.Needs, formUrl: null);
        return new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = Messages.Forbidden };
    }

    /// <summary>The errors by the names the caller sent: JSON's camel case, and an uploaded file's field for what is said of its name or bytes.</summary>
    private static Dictionary<string, string[]> FieldErrors(InvalidRequestException invalid, Endpoint? endpoint)
    {
        var file = endpoint?.Metadata.GetMetadata<UploadedFileField>();
        return invalid.Errors
            .GroupBy(e => file is not null && UploadedFileField.Carries(e.Key) ? file.Name : ToJsonName(e.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray(), StringComparer.Ordinal);
    }

    private static string ToJsonName(string field) => field == ISubmissionKey.Name
        ? field
        : string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
