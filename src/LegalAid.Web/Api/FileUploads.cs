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
            .WithMetadata(new RequestSizeLimitAttribute(limitBytes), new UploadedFileField("file"))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
}

/// <summary>
/// The multipart field that carries an operation's file. The command takes the file as its name and its bytes, so what
/// it says about either is answered under this field, the one the caller sent.
/// </summary>
internal sealed record UploadedFileField(string Name)
{
    private static readonly HashSet<string> CommandProperties = new(["FileName", "Content"], StringComparer.Ordinal);

    public static bool Carries(string commandProperty) => CommandProperties.Contains(commandProperty);
}
