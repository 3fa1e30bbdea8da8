using LegalAid.Domain.Clients;

namespace LegalAid.Infrastructure.DemoData;

/// <summary>Makes the details of plausible migrant clients.</summary>
internal sealed class DemoClientFactory(Random random)
{
    private static readonly WeightedChoice<string> CitizenshipChoice = new(
        (Citizenships.Kyrgyzstan, 40), (Citizenships.Tajikistan, 30), (Citizenships.Uzbekistan, 22),
        (Citizenships.Kazakhstan, 3), (Citizenships.Armenia, 2), (Citizenships.Azerbaijan, 2), (Citizenships.Other, 1));

    private static readonly string[] Messengers = ["Telegram", "WhatsApp", "IMO"];

    public ClientDetails Next(DateOnly registeredOn)
    {
        var citizenship = CitizenshipChoice.Next(random);
        var nation = citizenship switch
        {
            Citizenships.Kyrgyzstan => DemoNames.Kyrgyz,
            Citizenships.Tajikistan => DemoNames.Tajik,
            Citizenships.Uzbekistan => DemoNames.Uzbek,
            Citizenships.Kazakhstan => DemoNames.Kazakh,
            _ => DemoNames.Caucasian,
        };
        var sex = random.NextDouble() < 0.72 ? Sex.Male : Sex.Female;
        var given = Pick(sex == Sex.Male ? nation.MaleGiven : nation.FemaleGiven);
        var familyRoot = Pick(nation.FamilyRoots);
        var family = sex == Sex.Female && familyRoot.EndsWith('в') ? familyRoot + "а" : familyRoot;
        var father = Pick(nation.MaleGiven);
        var patronymic = Patronymic(father, sex, nation.NativePatronymic);
        var latin = PassportLatin.Of($"{family} {given}", citizenship);
        var phone = random.NextDouble() < 0.9 ? $"+7 9{random.Next(10, 99)} {random.Next(100, 999)}-{random.Next(10, 99)}-{random.Next(10, 99)}" : null;

        return new ClientDetails(
            new PersonName(family, given, patronymic, random.NextDouble() < 0.85 ? latin : null),
            sex,
            DateOfBirthOn(registeredOn),
            citizenship,
            phone,
            phone is not null && random.NextDouble() < 0.6 ? $"{Pick(Messengers)}: {phone}" : null,
            random.NextDouble() < 0.8 ? Pick(nation.Regions) : null,
            random.NextDouble() < 0.55 ? nation.NativeLanguage : Languages.Russian,
            new Consent(registeredOn, ConsentScope.LegalAid | (random.NextDouble() < 0.8 ? ConsentScope.Contact : 0) | (random.NextDouble() < 0.3 ? ConsentScope.AnonymisedStories : 0), registeredOn));
    }

    private string? Patronymic(string father, Sex sex, bool nativeStyle)
    {
        var draw = random.NextDouble();
        if (draw < 0.1)
        {
            return null;
        }

        if (nativeStyle && draw < 0.3)
        {
            return sex == Sex.Male ? $"{father} уулу" : $"{father} кызы";
        }

        var stem = father.EndsWith('й') ? father[..^1] + "е"
            : "аеиоуыэюяөүӯӣ".Contains(father[^1], StringComparison.Ordinal) ? father + "е"
            : father + "о";
        return sex == Sex.Male ? stem + "вич" : stem + "вна";
    }

    private DateOfBirth? DateOfBirthOn(DateOnly today)
    {
        var draw = random.NextDouble();
        if (draw < 0.05)
        {
            return null;
        }

        var age = random.NextDouble() < 0.02 ? random.Next(15, 18) : (int)Math.Round(18 + (Math.Abs(Gaussian()) * 14));
        age = Math.Min(age, 72);
        var birth = today.AddYears(-age).AddDays(-random.Next(0, 365));
        return draw < 0.3 ? DateOfBirth.YearOnly(birth.Year, today) : DateOfBirth.Exact(birth, today);
    }

    private double Gaussian() =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private T Pick<T>(T[] values) => values[random.Next(values.Length)];
}
