using LegalAid.Domain.Centres;

namespace LegalAid.Infrastructure.Persistence.Seed;

/// <summary>The programme's three support centres, created by the first migration; their Kyrgyz and English names by LocalizedNames.</summary>
internal static class CentreSeed
{
    public const int Moscow = 1;
    public const int Kazan = 2;
    public const int Chelyabinsk = 3;

    public static Centre[] All { get; } =
    [
        new(Moscow, "MOW", "Центр поддержки мигрантов — Москва", "Мигранттарды колдоо борбору — Москва", "Migrant Support Centre — Moscow", "Москва", "Москва, адрес уточняется администратором", "Europe/Moscow"),
        new(Kazan, "KZN", "Центр поддержки мигрантов — Казань", "Мигранттарды колдоо борбору — Казань", "Migrant Support Centre — Kazan", "Казань", "Казань, адрес уточняется администратором", "Europe/Moscow"),
        new(Chelyabinsk, "CHE", "Центр поддержки мигрантов — Челябинск", "Мигранттарды колдоо борбору — Челябинск", "Migrant Support Centre — Chelyabinsk", "Челябинск", "Челябинск, адрес уточняется администратором", "Asia/Yekaterinburg"),
    ];
}
