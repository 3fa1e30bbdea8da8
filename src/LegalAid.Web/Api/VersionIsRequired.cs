using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using LegalAid.Application.Common.Interfaces;

namespace LegalAid.Web.Api;

/// <summary>
/// A change sent through the API must say which version of the record it was made to: without this, a body that
/// leaves "version" out would be read as version 0 and change a record never edited before, unseen.
/// </summary>
internal static class VersionIsRequired
{
    public static void Apply(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || !typeof(IVersionedChange).IsAssignableFrom(type.Type))
        {
            return;
        }

        foreach (var property in type.Properties.Where(p => p.AttributeProvider is PropertyInfo { Name: nameof(IVersionedChange.Version) }))
        {
            property.IsRequired = true;
        }
    }
}
