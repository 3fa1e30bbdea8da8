using LegalAid.Domain.Clients;

namespace LegalAid.Application.Statistics;

/// <summary>The age bands donors ask for, by age on the day of the consultation (or of the case's opening).</summary>
public enum AgeBand
{
    Under18 = 1,
    From18To29 = 2,
    From30To44 = 3,
    From45To59 = 4,
    From60 = 5,
    Unknown = 6,
}

public static class AgeBands
{
    public static AgeBand On(int? birthYear, DateOnly? birthDate, DateOnly date) => DateOfBirth.AgeOn(birthYear, birthDate, date) switch
    {
        null => AgeBand.Unknown,
        < 18 => AgeBand.Under18,
        < 30 => AgeBand.From18To29,
        < 45 => AgeBand.From30To44,
        < 60 => AgeBand.From45To59,
        _ => AgeBand.From60,
    };
}
