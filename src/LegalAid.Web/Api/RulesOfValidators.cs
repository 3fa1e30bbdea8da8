using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LegalAid.Web.Api;

/// <summary>
/// A request's schema, or its query's parameters, say what its validators hold in every case, so that a generated
/// client knows it: what may not be left empty (required, and not nullable), the most characters a text may have and
/// the range of a number. The validators of the request's base types and interfaces count too, as each request includes
/// theirs (<c>Include(new DeadlineFieldsValidator(clock))</c>); a rule with a condition (a lawyer is needed only when
/// an administrator opens the case) says nothing here.
/// </summary>
internal sealed class RulesOfValidators : IOpenApiSchemaTransformer, IOpenApiOperationTransformer
{
    /// <summary>A query's parameters (a request bound from the address) are described as its body's would be: a statistics period's From and To are required.</summary>
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var queries = context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault()?.GetParameters()
            .Where(parameter => parameter.IsDefined(typeof(AsParametersAttribute))).ToList() ?? [];
        if (queries.Count == 0 || operation.Parameters is not { Count: > 0 } parameters)
        {
            return Task.CompletedTask;
        }

        using var scope = context.ApplicationServices.CreateScope();
        var rules = queries.SelectMany(query => UnconditionalRules(query.ParameterType, scope.ServiceProvider))
            .ToLookup(rule => rule.Member, rule => rule.Validator, StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query && p.Name is not null))
        {
            parameter.Required |= rules[parameter.Name!].Any(IsRequired);
            Limit(parameter.Schema, rules[parameter.Name!]);
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
        var rules = UnconditionalRules(type.Type, scope.ServiceProvider).ToLookup(rule => rule.Member, rule => rule.Validator);
        var described = type.Properties
            .Select(p => (p.Name, Rules: p.AttributeProvider is PropertyInfo member ? rules[member.Name].ToList() : []))
            .Where(p => p.Rules.Count > 0 && properties.ContainsKey(p.Name))
            .ToList();
        foreach (var (name, validators) in described)
        {
            Limit(properties[name], validators);
        }

        var required = described.Where(p => p.Rules.Any(IsRequired)).Select(p => p.Name).ToList();
        if (required.Count > 0)
        {
            schema.Required = new SortedSet<string>(required.Concat(schema.Required ?? Enumerable.Empty<string>()), StringComparer.Ordinal);
        }

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

    private static bool IsRequired(IPropertyValidator validator) => validator is INotNullValidator or INotEmptyValidator;

    /// <summary>The most characters of a text, and the lowest and highest value of a number, its rules allow.</summary>
    private static void Limit(IOpenApiSchema? property, IEnumerable<IPropertyValidator> validators)
    {
        if (property is not OpenApiSchema schema)
        {
            return;
        }

        foreach (var validator in validators)
        {
            switch (validator)
            {
                case ILengthValidator { Max: > 0 } length:
                    schema.MaxLength = Math.Min(schema.MaxLength ?? int.MaxValue, length.Max);
                    break;
                case IBetweenValidator between when Number(between.From) is { } from && Number(between.To) is { } to:
                    (schema.Minimum, schema.Maximum) = (from, to);
                    break;
                case IComparisonValidator { Comparison: Comparison.GreaterThanOrEqual } least when Number(least.ValueToCompare) is { } minimum:
                    schema.Minimum = minimum;
                    break;
                case IComparisonValidator { Comparison: Comparison.LessThanOrEqual } most when Number(most.ValueToCompare) is { } maximum:
                    schema.Maximum = maximum;
                    break;
            }
        }
    }

    /// <summary>A bound as JSON Schema writes it; none for a bound that is not a number (a date, a choice).</summary>
    private static string? Number(object? value) => value switch
    {
        int or long or short or byte or decimal or double or float => Convert.ToString(value, CultureInfo.InvariantCulture),
        _ => null,
    };

    private static IEnumerable<(string Member, IPropertyValidator Validator)> UnconditionalRules(Type type, IServiceProvider services) =>
        ValidatedAs(type)
            .SelectMany(validated => services.GetServices(typeof(IValidator<>).MakeGenericType(validated)).OfType<IValidator>())
            .SelectMany(validator => validator.CreateDescriptor().GetMembersWithValidators())
            .SelectMany(member => member
                .Where(rule => !rule.Options.HasCondition && !rule.Options.HasAsyncCondition)
                .Select(rule => (member.Key, rule.Validator)));

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
