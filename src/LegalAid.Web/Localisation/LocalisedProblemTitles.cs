using LegalAid.Application.Resources;
using LegalAid.Web.Security;
using Microsoft.AspNetCore.Http.Features;

namespace LegalAid.Web.Localisation;

/// <summary>
/// The API's refusals that carry no message of their own (an empty 401, 404, 405, 413, 415 or 429, an unreadable body) get
/// a title in the request's language instead of the English reason phrase; a refusal by role says which roles the
/// action is open to, as the refusal page does.
/// </summary>
internal static class LocalisedProblemTitles
{
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var text = context.HttpContext.RequestServices.GetRequiredService<UiText>();
        if (problem.Status == StatusCodes.Status403Forbidden)
        {
            problem.Detail ??= RefusedRoles.Of(context.HttpContext).Needs(text, context.HttpContext.User);
        }

        if (problem.Title is not null && problem.Title != FrameworkTitle(problem.Status))
        {
            return;
        }

        problem.Title = problem.Status switch
        {
            StatusCodes.Status400BadRequest => Messages.MalformedRequest,
            StatusCodes.Status401Unauthorized => Messages.SignInRequired,
            StatusCodes.Status403Forbidden => Messages.Forbidden,
            StatusCodes.Status404NotFound => Messages.NotFound,
            StatusCodes.Status405MethodNotAllowed => text["Api.MethodNotAllowed", context.HttpContext.Request.Method, context.HttpContext.Response.Headers.Allow.ToString()],
            StatusCodes.Status413PayloadTooLarge => text["Api.TooLarge", Megabytes(context.HttpContext)],
            StatusCodes.Status415UnsupportedMediaType => text["Api.UnsupportedMediaType"],
            StatusCodes.Status429TooManyRequests => RateLimitRefusals.SecondsToWait(context.HttpContext.Response) is { } seconds
                ? text["Api.TooManyRequests.RetryAfter", seconds]
                : text["Api.TooManyRequests.Later"],
            _ => problem.Title,
        };
    }

    /// <summary>
    /// The title ASP.NET Core gives a problem of this status: RFC 9110's name where it has one ("Content Too Large"
    /// for 413), which is not always the reason phrase ("Payload Too Large").
    /// </summary>
    private static string? FrameworkTitle(int? status) =>
        status is { } code ? TypedResults.Problem(statusCode: code).ProblemDetails.Title : null;

    /// <summary>The limit the endpoint set for its body, in whole megabytes.</summary>
    private static long Megabytes(HttpContext context) =>
        (context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize
            ?? context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? 30L * 1024 * 1024) / (1024 * 1024);
}
