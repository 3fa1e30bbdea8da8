using System.Reflection;
using System.Text.Json;
using LegalAid.Application.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.OpenApi;

namespace LegalAid.Web.Api;

/// <summary>
/// The address names the records an operation acts on (<c>PUT /cases/{caseId}/deadlines/{deadlineId}</c>), and a
/// body property of the same name takes its value from there. The OpenAPI document leaves such properties out of the
/// body. A body that still sends one with another value is refused with 400, so that a client that mixed up two
/// records changes neither.
/// </summary>
internal static class RouteIdsInBody
{
    public static TBuilder RefuseBodiesNamingOtherRecords<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((context, next) =>
        {
            var parameters = context.MethodInfo.GetParameters();
            var body = Array.FindIndex(parameters, IsCommandFromBody);
            if (body < 0)
            {
                return next;
            }

            var bodyType = parameters[body].ParameterType;
            var givenByRoute = parameters
                .Select((parameter, index) => (Index: index, Name: parameter.Name!, Property: bodyType.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)))
                .Where(pair => pair.Index != body && pair.Property is { } property
                    && property.PropertyType.Unwrapped() == parameters[pair.Index].ParameterType)
                .Select(pair => (pair.Index, pair.Name, Property: pair.Property!, Unset: DefaultOf(pair.Property!.PropertyType)))
                .ToArray();
            if (givenByRoute.Length == 0)
            {
                return next;
            }

            return invocation =>
            {
                var command = invocation.Arguments[body];
                foreach (var (index, name, property, unset) in command is null ? [] : givenByRoute)
                {
                    var inBody = property.GetValue(command);
                    var inRoute = invocation.Arguments[index];
                    if (invocation.HttpContext.Request.RouteValues.ContainsKey(name) && !Equals(inBody, unset) && !Equals(inBody, inRoute))
                    {
                        var text = invocation.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                        var field = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                        return ValueTask.FromResult<object?>(TypedResults.ValidationProblem(
                            new Dictionary<string, string[]> { [field] = [text["Api.OtherRecordInBody", field, inRoute!]] },
                            title: Messages.InvalidRequestTitle));
                    }
                }

                return next(invocation);
            };
        });

    /// <summary>The Application layer's requests are read from the body unless bound from the query or route with [AsParameters].</summary>
    private static bool IsCommandFromBody(ParameterInfo parameter) =>
        parameter.ParameterType.IsClass && parameter.ParameterType.Assembly == typeof(Messages).Assembly && !parameter.IsDefined(typeof(AsParametersAttribute));

    /// <summary>What a body that leaves the property out gives it: 0 for an id, null for an optional one.</summary>
    private static object? DefaultOf(Type type) => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;

    /// <summary>Takes out of each request body's schema the properties its operation's path parameters give.</summary>
    public static void LeaveOutOfBodies(OpenApiDocument document)
    {
        var schemas = document.Components?.Schemas;
        foreach (var operation in (document.Paths?.Values.AsEnumerable() ?? []).SelectMany(path => path.Operations?.Values.AsEnumerable() ?? []))
        {
            var pathParameters = (operation.Parameters ?? []).Where(p => p.In == ParameterLocation.Path).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var content in operation.RequestBody?.Content?.Values ?? [])
            {
                var schema = content.Schema is OpenApiSchemaReference { Reference.Id: { } id } && schemas is not null
                    ? schemas.TryGetValue(id, out var component) ? component : null
                    : content.Schema;
                if (schema is OpenApiSchema { Properties: { } properties } target)
                {
                    foreach (var name in properties.Keys.Where(pathParameters.Contains).ToList())
                    {
                        properties.Remove(name);
                        target.Required?.Remove(name);
                    }
                }
            }
        }
    }
}
