using AutoMapper;
using AutoMapper.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LegalAid.Application.Tests.Common;

/// <summary>
/// AutoMapper 14 overflows the stack mapping self-referential object graphs (GHSA-rvv3-g6hj-g44x). LegalAid's
/// mitigation is that no map leads back to its own types: no member of a mapped type, nor of any map reached
/// through its members, however deep, is the source or destination type again or a collection of it.
/// </summary>
public sealed class MappingTests
{
    private static readonly IConfigurationProvider Configuration =
        new ServiceCollection().AddSingleton(NullLoggerFactory.Instance).AddApplication().BuildServiceProvider()
            .GetRequiredService<IMapper>().ConfigurationProvider;

    [Fact]
    public void ShouldHaveAValidConfiguration() => Configuration.AssertConfigurationIsValid();

    [Fact]
    public void NoMap_LeadsBackToItsOwnTypes()
    {
        var maps = Configuration.Internal().GetAllTypeMaps();
        Assert.True(maps.Count >= 20, $"Only {maps.Count} maps were found.");

        Assert.Empty(SelfReferences(Configuration));
    }

    [Fact]
    public void TheCheck_FindsAMapWhoseTypesReferToThemselves()
    {
        var configuration = new ServiceCollection().AddSingleton(NullLoggerFactory.Instance)
            .AddAutoMapper(config => config.CreateMap<Node, NodeItem>(), typeof(MappingTests))
            .BuildServiceProvider().GetRequiredService<IMapper>().ConfigurationProvider;

        Assert.Equal(["Node → NodeItem: Children → Node"], SelfReferences(configuration));
    }

    /// <summary>Each map whose members lead back to its source or destination type, with the members' path.</summary>
    private static IEnumerable<string> SelfReferences(IConfigurationProvider configuration)
    {
        var maps = configuration.Internal().GetAllTypeMaps().ToDictionary(m => (m.SourceType, m.DestinationType));
        foreach (var map in maps.Values)
        {
            if (PathBack(map, map, maps, [map]) is { } path)
            {
                yield return $"{map.SourceType.Name} → {map.DestinationType.Name}: {path}";
            }
        }
    }

    private static string? PathBack(TypeMap root, TypeMap map, Dictionary<(Type, Type), TypeMap> maps, HashSet<TypeMap> seen)
    {
        foreach (var member in map.MemberMaps.Where(m => !m.Ignored))
        {
            // MapFrom(s => s) hands the whole source to a nested map: that is the source itself, not a member of it (even
            // when the source has a member of the destination member's name, which AutoMapper still lists).
            var wholeSource = member.CustomMapExpression is { } custom
                ? custom.Body == custom.Parameters[0]
                : member.SourceMembers.Length == 0 && member.SourceType == map.SourceType;
            var (source, destination) = (wholeSource ? null : ElementOf(member.SourceType), ElementOf(member.DestinationType));
            var name = member.SourceMembers.Length > 0 ? string.Join('.', member.SourceMembers.Select(m => m.Name)) : member.DestinationName;
            if (new[] { source, destination }.FirstOrDefault(t => t == root.SourceType || t == root.DestinationType) is { } again)
            {
                return $"{name} → {again.Name}";
            }

            if (ElementOf(member.SourceType) is { } from && destination is not null && maps.TryGetValue((from, destination), out var nested) && seen.Add(nested)
                && PathBack(root, nested, maps, seen) is { } rest)
            {
                return $"{name}.{rest}";
            }
        }

        return null;
    }

    /// <summary>The type of a value, or of the items of a collection of values.</summary>
    private static Type? ElementOf(Type? type)
    {
        if (type is null || type == typeof(string))
        {
            return type;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return underlying;
        }

        if (type.IsArray)
        {
            return ElementOf(type.GetElementType());
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable is null ? type : ElementOf(enumerable.GetGenericArguments()[0]);
    }

    public sealed record Node(string Name, IReadOnlyList<Node> Children);

    public sealed record NodeItem(string Name, IReadOnlyList<NodeItem> Children);
}
