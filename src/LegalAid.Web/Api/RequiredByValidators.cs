using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LegalAid.Web.Api;

/// <summary>
/// A request's schema requires what its validators refuse to leave empty in every case, so a generated client asks
/// for it. The validators of the request's base types and interfaces count too, as each request includes theirs
/// (<c>Include(new DeadlineFieldsValidator(clock))</c>); a rule with a condition (a lawyer is needed only when an
/// administrator opens the case) does not make its property required.
/// </summary>
internal sealed class RequiredByValidators : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo;
        if (context.JsonPropertyInfo is not null || type.Kind != JsonTypeInfoKind.Object || schema.Properties is not { Count: > 0 } properties)
        {
            return Task.CompletedTask;
        }

        using var scope = context.ApplicationServices.CreateScope();
        var required = RequiredMembers(type.Type, scope.ServiceProvider);
        foreach (var property in type.Properties.Where(p => p.AttributeProvider is PropertyInfo member && required.Contains(member.Name) && properties.ContainsKey(p.Name)))
        {
            (schema.Required ??= new SortedSet<string>(StringComparer.Ordinal)).Add(property.Name);
        }

        return Task.CompletedTask;
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
