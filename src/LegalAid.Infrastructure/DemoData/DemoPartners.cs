using LegalAid.Domain.Clients;
using LegalAid.Domain.Partners;

namespace LegalAid.Infrastructure.DemoData;

/// <summary>
/// The partner organisations of the demo and whom each takes: an embassy its own country's citizens only, the women's
/// shelter women only. A referral picks among those that would take the client.
/// </summary>
internal sealed class DemoPartners(IReadOnlyDictionary<string, int> idsByName)
{
    private sealed record Partner(string Name, string NameKy, string NameEn, double Weight, string? Citizenship = null, Sex? Sex = null);

    private static readonly Partner[] All =
    [
        new("Посольство Кыргызской Республики", "Кыргыз Республикасынын элчилиги", "Embassy of the Kyrgyz Republic", 4, Citizenship: Citizenships.Kyrgyzstan),
        new("Посольство Республики Таджикистан", "Тажикстан Республикасынын элчилиги", "Embassy of the Republic of Tajikistan", 4, Citizenship: Citizenships.Tajikistan),
        new("Посольство Республики Узбекистан", "Өзбекстан Республикасынын элчилиги", "Embassy of the Republic of Uzbekistan", 4, Citizenship: Citizenships.Uzbekistan),
        new("Клиника для мигрантов «Здоровье»", "Мигранттар үчүн «Здоровье» клиникасы", "Zdorovye clinic for migrants", 2.5),
        new("Правозащитная организация «Голос мигранта»", "«Голос мигранта» укук коргоо уюму", "Golos Migranta human rights organisation", 2.5),
        new("Приют для женщин «Тёплый дом»", "«Тёплый дом» аялдар үчүн баш калкалоочу жай", "Tyoply Dom women's shelter", 3, Sex: Sex.Female),
    ];

    public static IEnumerable<string> Names => All.Select(p => p.Name);

    /// <summary>The partners not yet in the database, with their names in the three languages.</summary>
    public static IEnumerable<PartnerOrganisation> Missing(IEnumerable<string> existing) =>
        All.Where(p => !existing.Contains(p.Name)).Select(p => new PartnerOrganisation(p.Name, p.NameKy, p.NameEn, contact: null));

    /// <summary>A partner that would take this client: the embassy of their country, the shelter for a woman, or one that takes anyone.</summary>
    public int For(string citizenship, Sex sex, Random random)
    {
        var open = All.Where(p => (p.Citizenship is null || p.Citizenship == citizenship) && (p.Sex is null || p.Sex == sex)).ToArray();
        return idsByName[new WeightedChoice<Partner>(open.Select(p => (p, p.Weight)).ToArray()).Next(random).Name];
    }
}
