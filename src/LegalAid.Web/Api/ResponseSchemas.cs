using Microsoft.OpenApi;

namespace LegalAid.Web.Api;

/// <summary>
/// The API writes every property of an answer, null or not, so a schema that only answers use requires all of its
/// properties: a generated client then types them as always present (a nullable one as present and maybe null). The
/// generator marks only constructor parameters; the read models AutoMapper fills have settable properties. Schemas a
/// request uses too are left as they are, since a request may leave out what has a default, and so are problem
/// details, which leave out what they do not carry (a registration's conflict requires only the matches it names).
/// </summary>
internal static class ResponseSchemas
{
    private static readonly HashSet<string> ProblemSchemas =
        new([nameof(Microsoft.AspNetCore.Mvc.ProblemDetails), nameof(HttpValidationProblemDetails), nameof(Errors.PossibleDuplicateProblem)], StringComparer.Ordinal);

    public static void RequireEveryProperty(OpenApiDocument document)
    {
        if (document.Components?.Schemas is not { } schemas)
        {
            return;
        }

        var operations = (document.Paths?.Values.AsEnumerable() ?? []).SelectMany(path => path.Operations?.Values.AsEnumerable() ?? []).ToList();
        var requested = Reachable(schemas, operations.SelectMany(RequestSchemas));
        var answered = Reachable(schemas, operations.SelectMany(ResponseSchemasOf));

        foreach (var name in answered.Except(requested).Except(ProblemSchemas))
        {
            if (schemas[name] is OpenApiSchema { Properties.Count: > 0 } schema)
            {
                schema.Required = new SortedSet<string>(schema.Properties.Keys, StringComparer.Ordinal);
            }
        }
    }

    private static IEnumerable<IOpenApiSchema> RequestSchemas(OpenApiOperation operation) =>
        (operation.RequestBody?.Content?.Values.Select(content => content.Schema) ?? [])
            .Concat(operation.Parameters?.Select(parameter => parameter.Schema) ?? [])
            .OfType<IOpenApiSchema>();

    private static IEnumerable<IOpenApiSchema> ResponseSchemasOf(OpenApiOperation operation) =>
        (operation.Responses?.Values.AsEnumerable() ?? []).SelectMany(response => response.Content?.Values.AsEnumerable() ?? [])
            .Select(content => content.Schema)
            .OfType<IOpenApiSchema>();

    /// <summary>The names of the component schemas these schemas refer to, directly or through others.</summary>
    private static HashSet<string> Reachable(IDictionary<string, IOpenApiSchema> components, IEnumerable<IOpenApiSchema> roots)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<IOpenApiSchema>(roots);
        while (pending.TryPop(out var schema))
        {
            if (schema is OpenApiSchemaReference { Reference.Id: { } id })
            {
                if (names.Add(id) && components.TryGetValue(id, out var target))
                {
                    pending.Push(target);
                }

                continue;
            }

            foreach (var part in Parts(schema))
            {
                pending.Push(part);
            }
        }

        return names;
    }

    private static IEnumerable<IOpenApiSchema> Parts(IOpenApiSchema schema) =>
        (schema.Properties?.Values.AsEnumerable() ?? [])
            .Concat(schema.AllOf ?? []).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? [])
            .Append(schema.Items).Append(schema.AdditionalProperties)
            .OfType<IOpenApiSchema>();
}
