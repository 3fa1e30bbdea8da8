using System.Net.Mime;
using Microsoft.OpenApi;

namespace LegalAid.Web.Api;

/// <summary>
/// The API writes every property of an answer, null or not, so a schema that only answers use requires all of its
/// properties: a generated client then types them as always present (a nullable one as present and maybe null). The
/// generator marks only constructor parameters; the read models AutoMapper fills have settable properties. Schemas a
/// request uses too are left as they are, since a request may leave out what has a default, and so are the schemas
/// a problem details answer names, which leave out what they do not carry (a registration's conflict requires only
/// the matches it names).
/// </summary>
internal static class ResponseSchemas
{
    public static void RequireEveryProperty(OpenApiDocument document)
    {
        if (document.Components?.Schemas is not { } schemas)
        {
            return;
        }

        var operations = (document.Paths?.Values.AsEnumerable() ?? []).SelectMany(path => path.Operations?.Values.AsEnumerable() ?? []).ToList();
        var requested = Reachable(schemas, operations.SelectMany(RequestSchemas));
        var answered = Reachable(schemas, operations.SelectMany(ResponseSchemasOf));
        var problems = operations.SelectMany(ProblemSchemasOf).ToHashSet(StringComparer.Ordinal);

        foreach (var name in answered.Except(requested).Except(problems))
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
        ResponseContents(operation).Select(content => content.Value.Schema).OfType<IOpenApiSchema>();

    private static IEnumerable<string> ProblemSchemasOf(OpenApiOperation operation) =>
        ResponseContents(operation)
            .Where(content => string.Equals(content.Key, MediaTypeNames.Application.ProblemJson, StringComparison.OrdinalIgnoreCase))
            .Select(content => content.Value.Schema)
            .OfType<OpenApiSchemaReference>()
            .Select(reference => reference.Reference.Id)
            .OfType<string>();

    private static IEnumerable<KeyValuePair<string, OpenApiMediaType>> ResponseContents(OpenApiOperation operation) =>
        (operation.Responses?.Values.AsEnumerable() ?? []).SelectMany(response => response.Content?.AsEnumerable() ?? []);

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
