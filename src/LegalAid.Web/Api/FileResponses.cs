namespace LegalAid.Web.Api;

internal static class FileResponses
{
    /// <summary>Documents a file download: 200 with the body in one of these media types.</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, string contentType, params string[] additionalContentTypes) =>
        builder.Produces<Stream>(StatusCodes.Status200OK, contentType, additionalContentTypes);
}
