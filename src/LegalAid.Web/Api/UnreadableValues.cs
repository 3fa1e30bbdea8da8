using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace LegalAid.Web.Api;

/// <summary>
/// Refuses an API request whose query or route value its endpoint's parameter cannot hold, worded as the framework's
/// run-time binder words it, so that ApiBindingErrors names the field and what it should hold. Handlers bound at
/// compile time (the request delegate generator) answer such a value of an optional parameter, or of an
/// [AsParameters] query's, with a bare 400 that names nothing.
/// </summary>
internal static class UnreadableValues
{
    public static IApplicationBuilder UseUnreadableValuesRefused(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            foreach (var parameter in context.GetEndpoint()?.Metadata.GetOrderedMetadata<IParameterBindingMetadata>() ?? [])
            {
                if (parameter.HasTryParse && Values(context.Request, parameter.Name).FirstOrDefault(value => !Holds(parameter.ParameterInfo.ParameterType, value)) is { } unreadable)
                {
                    throw new BadHttpRequestException($"Failed to bind parameter \"{parameter.ParameterInfo.ParameterType.Name} {parameter.Name}\" from \"{unreadable}\".");
                }
            }

            return next(context);
        });

    private static IEnumerable<string> Values(HttpRequest request, string name) =>
        request.RouteValues.TryGetValue(name, out var routed) ? [Convert.ToString(routed, CultureInfo.InvariantCulture) ?? ""]
        : request.Query[name].OfType<string>().Where(value => value.Length > 0);

    private static bool Holds(Type type, string value)
    {
        var single = (type.IsArray ? type.GetElementType()! : type).Unwrapped();
        if (single.IsEnum)
        {
            return Enum.TryParse(single, value, ignoreCase: true, out _);
        }

        // bool has its (string, IFormatProvider) form only as an explicit interface member.
        return single.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider), single.MakeByRefType()]) is { } withFormat
            ? (bool)withFormat.Invoke(null, [value, CultureInfo.InvariantCulture, null])!
            : single.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), single.MakeByRefType()]) is not { } plain || (bool)plain.Invoke(null, [value, null])!;
    }
}
