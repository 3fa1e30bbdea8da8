using LegalAid.Application.Common.Models;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LegalAid.Web.Api;

internal static class FileResponses
{
    /// <summary>Documents a file download: 200 with the body in one of these media types.</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, string contentType, params string[] additionalContentTypes) =>
        builder.Produces<Stream>(StatusCodes.Status200OK, contentType, additionalContentTypes);

    /// <summary>Sends a request that answers with a file, and answers with that file.</summary>
    public static async Task<FileContentHttpResult> SendForFileAsync(this IMediator mediator, IRequest<ExportedFile> request, CancellationToken cancellationToken)
    {
        var file = await mediator.Send(request, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
