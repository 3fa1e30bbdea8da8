using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Api;

internal static class FileUploads
{
    /// <summary>
    /// An operation that takes a multipart file of at most <paramref name="limitBytes"/> and answers 413 beyond it.
    /// Minimal APIs ask a form for an antiforgery token, which API clients do not have; a browser's cross-site post
    /// with the session cookie is refused by <see cref="Security.CrossSiteApiWrites"/> instead.
    /// </summary>
    public static RouteHandlerBuilder TakesAFileOfAtMost(this RouteHandlerBuilder builder, long limitBytes) =>
        builder.DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(limitBytes))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
}
