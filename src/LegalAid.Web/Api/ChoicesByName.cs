using System.Reflection;

namespace LegalAid.Web.Api;

/// <summary>
/// A choice in the address is its name, as in a body: ASP.NET Core reads <c>status=1</c> as the enum's value, which is
/// not the place of a name in the list the document gives. A number is refused as any value that is not a name is.
/// </summary>
internal static class ChoicesByName
{
    public static TBuilder RefuseNumbersForChoices<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((context, next) =>
        {
            var choices = ChoiceParameters(context.MethodInfo).ToList();
            return choices.Count == 0 ? next : invocation =>
            {
                var query = invocation.HttpContext.Request.Query;
                foreach (var (name, type) in choices)
                {
                    if (query[name].FirstOrDefault(IsNumber) is { } number)
                    {
                        // Worded as the framework words a value it cannot bind, so that ApiBindingErrors names the field and its choices.
                        throw new BadHttpRequestException($"Failed to bind parameter \"{type.Name} {name}\" from \"{number}\".");
                    }
                }

                return next(invocation);
            };
        });

    private static IEnumerable<(string Name, Type Type)> ChoiceParameters(MethodInfo method)
    {
        foreach (var parameter in method.GetParameters())
        {
            var bound = parameter.GetCustomAttribute<AsParametersAttribute>() is not null
                ? parameter.ParameterType.GetProperties().Where(p => p.SetMethod is not null).Select(p => (p.Name, p.PropertyType))
                : [(parameter.Name!, parameter.ParameterType)];
            foreach (var (name, type) in bound)
            {
                var single = type.IsArray ? type.GetElementType()! : type;
                if ((Nullable.GetUnderlyingType(single) ?? single).IsEnum)
                {
                    yield return (name, type);
                }
            }
        }
    }

    /// <summary>As the enum parser reads one: after any spaces (a "+" in a query is one), a digit or a sign.</summary>
    public static bool IsNumber(string? value) => value?.TrimStart() is { Length: > 0 } text && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '+');
}
