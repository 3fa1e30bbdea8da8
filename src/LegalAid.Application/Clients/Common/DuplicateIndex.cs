using LegalAid.Domain.Clients;

namespace LegalAid.Application.Clients.Common;

/// <summary>
/// The rules of <see cref="PossibleDuplicates"/> for many people at once, in memory: two people may be one when they
/// share the name keys (in either order), the family name key and the exact date of birth, or the phone. Built once
/// from a centre's clients, so an import of a hundred thousand rows asks the database once, not once per row.
/// </summary>
public sealed class DuplicateIndex<TPerson>
    where TPerson : notnull
{
    private readonly Dictionary<(string Family, string Given), List<TPerson>> byName = [];
    private readonly Dictionary<(string Family, DateOnly Born), List<TPerson>> byFamilyAndBirth = [];
    private readonly Dictionary<string, List<TPerson>> byPhone = new(StringComparer.Ordinal);

    public void Add(TPerson person, DuplicateKeys keys)
    {
        Append(byName, (keys.Family, keys.Given), person);
        if (keys.BirthDate is { } born)
        {
            Append(byFamilyAndBirth, (keys.Family, born), person);
        }

        if (keys.Phone is { } phone)
        {
            Append(byPhone, phone, person);
        }
    }

    /// <summary>Everyone the rules match, each once; <see cref="DuplicateMatch.ByName"/> when the names match too.</summary>
    public IReadOnlyList<DuplicateMatch<TPerson>> Find(DuplicateKeys keys)
    {
        var byNames = Get(byName, (keys.Family, keys.Given)).Concat(Get(byName, (keys.Given, keys.Family))).ToHashSet();
        var others = (keys.BirthDate is { } born ? Get(byFamilyAndBirth, (keys.Family, born)) : [])
            .Concat(keys.Phone is { } phone ? Get(byPhone, phone) : [])
            .Where(p => !byNames.Contains(p))
            .Distinct();
        return [.. byNames.Select(p => new DuplicateMatch<TPerson>(p, ByName: true)), .. others.Select(p => new DuplicateMatch<TPerson>(p, ByName: false))];
    }

    private static void Append<TKey>(Dictionary<TKey, List<TPerson>> index, TKey key, TPerson person)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var people))
        {
            index[key] = people = [];
        }

        people.Add(person);
    }

    private static List<TPerson> Get<TKey>(Dictionary<TKey, List<TPerson>> index, TKey key)
        where TKey : notnull =>
        index.TryGetValue(key, out var people) ? people : [];
}

/// <summary>What <see cref="PossibleDuplicates"/> compares: the client's own keys (<see cref="Client.FamilyNameKey"/>, ...).</summary>
public sealed record DuplicateKeys(string Family, string Given, DateOnly? BirthDate, string? Phone)
{
    public static DuplicateKeys Of(Client client) => new(client.FamilyNameKey, client.GivenNameKey, client.BirthDate, client.Phone);
}

public sealed record DuplicateMatch<TPerson>(TPerson Person, bool ByName);
