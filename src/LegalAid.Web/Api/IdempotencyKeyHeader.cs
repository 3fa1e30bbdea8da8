using LegalAid.Application.Common.Interfaces;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LegalAid.Web.Api;

/// <summary>The optional <c>Idempotency-Key</c> header of the operations that create a record (<see cref="IIdempotentCommand{TResponse}"/>).</summary>
internal static class IdempotencyKeyHeader
{
    private sealed class Accepted;

    /// <summary>Takes the header; 409 when another copy of the same submission was saved while this one ran.</summary>
    public static RouteHandlerBuilder AcceptsIdempotencyKey(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new Accepted()).ProducesProblem(StatusCodes.Status409Conflict);

    public static void Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<Accepted>().Any())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = ISubmissionKey.Name,
                In = ParameterLocation.Header,
                Description = $"A key of your own for this one request (a UUID), up to {ISubmissionKey.MaxLength} characters. Sent again " +
                    "with the same key and the same body within a day (a retry after a lost answer), the request answers as it did the " +
                    "first time and creates nothing; the same key with another body answers 400, and a copy that arrives while the first is " +
                    "still being saved may answer 409 (send it again for the first answer).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = ISubmissionKey.MaxLength },
            });
        }
    }
}
