using LegalAid.Domain.Clients;

namespace LegalAid.Infrastructure.DemoData;

/// <summary>
/// The partner organisations of the demo and whom each takes: an embassy its own country's citizens only, the women's
/// shelter women only. A referral picks among those that would take the client.
/// </summary>
internal sealed class DemoPartners(IReadOnlyDictionary<string, int> idsByName)
{
    private sealed record Partner(string Name, double Weight, string? Citizenship = null, Sex? Sex = null);

    private static readonly Partner[] All =
    [
        new("Посольство Кыргызской Республики", 4, Citizenship: Citizenships.Kyrgyzstan),
        new("Посольство Республики Таджикистан", 4, Citizenship: Citizenships.Tajikistan),
        new("Посольство Республики Узбекистан", 4, Citizenship: Citizenships.Uzbekistan),
        new("Клиника для мигрантов «Здоровье»", 2.5),
        new("Правозащитная организация «Голос мигранта»", 2.5),
        new("Приют для женщин «Тёплый дом»", 3, Sex: Sex.Female),
    ];

    public static IEnumerable<string> Names => All.Select(p => p.Name);

    /// <summary>A partner that would take this client: the embassy of their country, the shelter for a woman, or one that takes anyone.</summary>
    public int For(string citizenship, Sex sex, Random random)
    {
        var open = All.Where(p => (p.Citizenship is null || p.Citizenship == citizenship) && (p.Sex is null || p.Sex == sex)).ToArray();
        return idsByName[new WeightedChoice<Partner>(open.Select(p => (p, p.Weight)).ToArray()).Next(random).Name];
    }
}
