using System.Net.Mime;
using System.Text.RegularExpressions;
using LegalAid.Application.Common.Models;
using LegalAid.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LegalAid.Web.Api;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>: both ways to sign in (a personal API token as a bearer token,
/// or the browser's session cookie) required by every operation but the anonymous calendar feed, a summary per operation (its own, or its
/// name in words), the 413 and 415 (problems) that every operation with a body answers to a body too large or of another media type, and
/// the Idempotency-Key header of the operations that create a record.
/// </summary>
internal static partial class ApiDocument
{
    public const string BearerScheme = "bearer";
    public const string CookieScheme = "cookie";

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Clients"] = "The people the centres help: search in any spelling, register, read and correct.",
        ["Cases"] = "Cases of a client: open, edit, close, reopen, and their consultations.",
        ["Case work"] = "Deadlines, documents, referrals, the lawyer's desk and repeat-offending opposing parties.",
        ["Lookups"] = "The lists the other operations take ids from: centres, categories, partners, enumerations.",
        ["Statistics"] = "Aggregated indicators and their exports; never names.",
        ["Reports"] = "Anonymised donor reports and the coordinators' monthly centre reports, as PDF.",
        ["Transfers"] = "Moving a client, with the open cases chosen, to another centre: nothing moves until the receiving centre accepts.",
        ["Calendar"] = "The case worker's deadlines as an iCalendar feed at a secret address, for phone calendars.",
        ["Account"] = "The signed-in account's own sessions: list them, and end any of them.",
        ["Imports"] = "A coordinator's spreadsheets of the centre: upload, check (a dry run), map the centre's own words, import in one transaction.",
        ["Exports"] = "A coordinator's own centre's clients, cases and consultations as CSV or XLSX, each export audited with its filters.",
    };

    public static IServiceCollection AddLegalAidOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, context, _) =>
            {
                DescribeDocument(document, context);
                RouteIdsInBody.LeaveOutOfBodies(document);
                RulesOfValidators.LeaveNullOutOfRequestBodies(document);
                LeaveNullOutOfEnums(document);
                ResponseSchemas.RequireEveryProperty(document);
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer(async (schema, context, cancellationToken) =>
            {
                ListFlagNames(schema, context.JsonTypeInfo.Type);
                NameChoicesAsStrings(schema, context.JsonTypeInfo.Type);
                await DescribeChoicesInListsAsync(schema, context, cancellationToken);
                DescribeCentreLocalTime(schema, context.JsonPropertyInfo);
                DescribeTimeOfDay(schema, context.JsonTypeInfo.Type);
            });
            options.AddSchemaTransformer<RulesOfValidators>();
            options.AddOperationTransformer<RulesOfValidators>();
            options.AddOperationTransformer((operation, context, _) =>
            {
                DescribeOperation(operation, context);
                return Task.CompletedTask;
            });
        });

    private static void DescribeDocument(OpenApiDocument document, OpenApiDocumentTransformerContext context)
    {
        document.Info = new OpenApiInfo
        {
            Title = "LegalAid API",
            Version = "v1",
            Description = "Case management for the legal-aid programme for labour migrants. Every call acts as one account, " +
                "with its role and centre. Errors are RFC 7807 problem details.",
        };
        var request = context.ApplicationServices.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request;
        document.Servers = request is null ? [] : [new OpenApiServer { Url = $"{request.Scheme}://{request.Host}{request.PathBase}" }];
        foreach (var tag in document.Tags ?? Enumerable.Empty<OpenApiTag>())
        {
            tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? string.Empty);
        }

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "la_…",
                Description = "A personal API token issued on Account → API tokens, sent as Authorization: Bearer la_…",
            },
            [CookieScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "LegalAid.Session",
                Description = "The session cookie of a browser signed in on /Account/Login.",
            },
        };
    }

    private static void DescribeOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        operation.Summary ??= operation.OperationId is { } name ? InWords(name) : null;
        IdempotencyKeyHeader.Describe(operation, context);
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
        {
            // The calendar feed: its address is its credential, so it needs no scheme and never answers 401 or 403.
            operation.Security = [];
            operation.Responses?.Remove("401");
            operation.Responses?.Remove("403");
        }
        else
        {
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] },
            ];
        }

        // A request on one record (its id in the path) that changes it may find it in a state it does not apply to.
        if (context.Description.HttpMethod != HttpMethods.Get && context.Description.RelativePath?.Contains('{', StringComparison.Ordinal) == true)
        {
            operation.Responses?.TryAdd("409", Problem("Conflict: the record is in a state the request does not apply to (a case already closed, a report withdrawn), or it changed meanwhile.", context));
        }

        if (operation.RequestBody is not null)
        {
            operation.Responses?.TryAdd("413", Problem("Payload Too Large: the body is over the size the server reads.", context));
            operation.Responses?.TryAdd("415", Problem("Unsupported Media Type: the body is not of the media type the operation reads.", context));
        }
    }

    private static OpenApiResponse Problem(string description, OpenApiOperationTransformerContext context) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [MediaTypeNames.Application.ProblemJson] = new() { Schema = new OpenApiSchemaReference(nameof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.Document) },
        },
    };

    /// <summary>
    /// An enum used both as nullable and not becomes one schema that lists null among its values, while each nullable
    /// use already says <c>oneOf: [null, $ref]</c> (dotnet/aspnetcore#65017). A null then matches both branches, which
    /// <c>oneOf</c> refuses, and a non-nullable use would accept null. Only the use site may allow it.
    /// </summary>
    private static void LeaveNullOutOfEnums(OpenApiDocument document)
    {
        foreach (var schema in document.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
        {
            if (schema.Enum is { } values)
            {
                foreach (var value in values.Where(value => value is null || value.GetValueKind() == System.Text.Json.JsonValueKind.Null).ToList())
                {
                    values.Remove(value);
                }
            }
        }
    }

    /// <summary>
    /// A set of flags (a consultation's actions, a consent's scopes) goes over the wire as a list of its names; the generator
    /// leaves such an enum's schema without its values.
    /// </summary>
    private static void ListFlagNames(OpenApiSchema schema, Type type)
    {
        if (type.IsEnum && type.IsDefined(typeof(FlagsAttribute), inherit: false))
        {
            schema.Enum = Flags.Choices(type).Select(flag => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(flag.ToString())).ToList();
        }
    }

    /// <summary>
    /// A time on the centre's clock goes over the wire without an offset, which RFC 3339's date-time (the generator's
    /// format for every <see cref="DateTime"/>) requires: it is described as what it is.
    /// </summary>
    private static void DescribeCentreLocalTime(OpenApiSchema schema, System.Text.Json.Serialization.Metadata.JsonPropertyInfo? property)
    {
        if (property?.AttributeProvider?.IsDefined(typeof(CentreLocalTimeAttribute), inherit: false) == true)
        {
            schema.Format = null;
            schema.Pattern = LocalTimePattern;
            schema.Description = "A time on the clock of the record's centre, without an offset, e.g. 2026-12-05T14:30:00.";
        }
    }

    /// <summary>
    /// A time of day goes over the wire as "10:30:00" and is read as "10:30" too (seconds dropped), never with the
    /// offset RFC 3339's time requires.
    /// </summary>
    private static void DescribeTimeOfDay(OpenApiSchema schema, Type type)
    {
        if (type.Unwrapped() == typeof(TimeOnly))
        {
            schema.Format = null;
            schema.Pattern = @"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$";
            schema.Description ??= "A time on the clock of the record's centre, without an offset: HH:mm, e.g. 10:30 (seconds, if sent, are dropped).";
        }
    }

    private const string LocalTimePattern = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?$";

    /// <summary>
    /// A choice goes over the wire by its name, through <see cref="SingleChoiceNames"/>, a converter the generator
    /// cannot see into: the schema is given its type and its names (a flags choice's, by <see cref="ListFlagNames"/>).
    /// </summary>
    private static void NameChoicesAsStrings(OpenApiSchema schema, Type type)
    {
        if (type.Unwrapped() is { IsEnum: true } choice)
        {
            schema.Type = JsonSchemaType.String;
            schema.Enum ??= [.. Enum.GetNames(choice).Select(name => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(name))];
        }
    }

    /// <summary>A list of choices: the generator, not seeing into the converter, leaves its items out.</summary>
    private static async Task DescribeChoicesInListsAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Items is null
            && context.JsonTypeInfo is { Kind: System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Enumerable, ElementType: { } element }
            && element.Unwrapped().IsEnum)
        {
            schema.Items = await context.GetOrCreateSchemaAsync(element, cancellationToken: cancellationToken);
        }
    }

    /// <summary>"ListDonorReports" → "List donor reports".</summary>
    private static string InWords(string name) =>
        WordStart().Replace(name, match => " " + match.Value.ToLowerInvariant()).TrimStart();

    [GeneratedRegex("(?<!^)[A-Z]")]
    private static partial Regex WordStart();
}
