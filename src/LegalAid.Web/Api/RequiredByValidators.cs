using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LegalAid.Web.Api;

/// <summary>
/// A request's schema, or its query's parameters, require what its validators refuse to leave empty in every case, so
/// a generated client asks for it. The validators of the request's base types and interfaces count too, as each
/// request includes theirs (<c>Include(new DeadlineFieldsValidator(clock))</c>); a rule with a condition (a lawyer is
/// needed only when an administrator opens the case) does not make its property required. A required property is not
/// nullable either.
/// </summary>
internal sealed class RequiredByValidators : IOpenApiSchemaTransformer, IOpenApiOperationTransformer
{
    /// <summary>A query's parameters (a request bound from the address) are required as its body's would be: a statistics period's From and To.</summary>
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var queries = context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault()?.GetParameters()
            .Where(parameter => parameter.IsDefined(typeof(AsParametersAttribute))).ToList() ?? [];
        if (queries.Count == 0 || operation.Parameters is not { Count: > 0 } parameters)
        {
            return Task.CompletedTask;
        }

        using var scope = context.ApplicationServices.CreateScope();
        var required = queries.SelectMany(query => RequiredMembers(query.ParameterType, scope.ServiceProvider)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query && p.Name is { } name && required.Contains(name)))
        {
            parameter.Required = true;
        }

        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo;
        if (context.JsonPropertyInfo is not null || type.Kind != JsonTypeInfoKind.Object || schema.Properties is not { Count: > 0 } properties)
        {
            return Task.CompletedTask;
        }

        using var scope = context.ApplicationServices.CreateScope();
        var members = RequiredMembers(type.Type, scope.ServiceProvider);
        var required = type.Properties.Where(p => p.AttributeProvider is PropertyInfo member && members.Contains(member.Name) && properties.ContainsKey(p.Name)).Select(p => p.Name).ToList();
        if (required.Count == 0)
        {
            return Task.CompletedTask;
        }

        schema.Required = new SortedSet<string>(required.Concat(schema.Required ?? Enumerable.Empty<string>()), StringComparer.Ordinal);
        return Task.CompletedTask;
    }

    /// <summary>
    /// A request body's required value is refused as null too: «string or null» becomes «string», «null or a choice»
    /// the choice. Done on the whole document, where a choice has become a reference to its schema.
    /// </summary>
    public static void LeaveNullOutOfRequestBodies(OpenApiDocument document)
    {
        var schemas = document.Components?.Schemas;
        var bodies = (document.Paths?.Values.AsEnumerable() ?? [])
            .SelectMany(path => path.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(operation => operation.RequestBody?.Content?.Values.AsEnumerable() ?? [])
            .Select(content => content.Schema is OpenApiSchemaReference { Reference.Id: { } id } && schemas?.TryGetValue(id, out var body) == true ? body : content.Schema)
            .OfType<OpenApiSchema>()
            .Distinct();
        foreach (var body in bodies)
        {
            foreach (var name in (body.Required ?? Enumerable.Empty<string>()).Where(name => body.Properties?.ContainsKey(name) == true))
            {
                body.Properties![name] = WithoutNull(body.Properties[name]);
            }
        }
    }

    private static IOpenApiSchema WithoutNull(IOpenApiSchema schema)
    {
        if (schema is OpenApiSchema { OneOf: [_, _] either } && either.Where(part => part is not OpenApiSchema { Type: JsonSchemaType.Null }).ToList() is [var single])
        {
            return single;
        }

        if (schema is OpenApiSchema { Type: { } type } inline && type.HasFlag(JsonSchemaType.Null))
        {
            inline.Type = type & ~JsonSchemaType.Null;
        }

        return schema;
    }

    private static HashSet<string> RequiredMembers(Type type, IServiceProvider services) =>
    [
        .. ValidatedAs(type)
            .SelectMany(validated => services.GetServices(typeof(IValidator<>).MakeGenericType(validated)).OfType<IValidator>())
            .SelectMany(validator => validator.CreateDescriptor().GetMembersWithValidators())
            .Where(member => member.Any(rule => rule.Validator is INotNullValidator or INotEmptyValidator && !rule.Options.HasCondition && !rule.Options.HasAsyncCondition))
            .Select(member => member.Key),
    ];

    private static IEnumerable<Type> ValidatedAs(Type type)
    {
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            yield return current;
        }

        foreach (var contract in type.GetInterfaces())
        {
            yield return contract;
        }
    }
}
