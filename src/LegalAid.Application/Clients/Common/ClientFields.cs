using LegalAid.Domain.Clients;

namespace LegalAid.Application.Clients.Common;

/// <summary>The fields a lawyer fills in to register or edit a client.</summary>
public abstract record ClientFields
{
    public string? FamilyName { get; init; }

    public string? GivenName { get; init; }

    public string? Patronymic { get; init; }

    /// <summary>The name in Latin script, as in the passport.</summary>
    public string? LatinName { get; init; }

    public Sex? Sex { get; init; }

    /// <summary>The exact date of birth, when known.</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>The year of birth, when only the year is known.</summary>
    public int? BirthYear { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code; XX for any other citizenship or none.</summary>
    public string? Citizenship { get; init; }

    public string? Phone { get; init; }

    public string? MessengerContact { get; init; }

    public string? RegionOfOrigin { get; init; }

    public string? PreferredLanguage { get; init; }

    public DateOnly? ConsentGivenOn { get; init; }

    public IReadOnlyList<ConsentScope>? ConsentScopes { get; init; }

    internal ClientDetails ToDetails(DateOnly today)
    {
        var dateOfBirth = DateOfBirth is { } date
            ? Domain.Clients.DateOfBirth.Exact(date, today)
            : BirthYear is { } year ? Domain.Clients.DateOfBirth.YearOnly(year, today) : (DateOfBirth?)null;
        var scope = (ConsentScopes ?? []).Aggregate(ConsentScope.None, (all, one) => all | one);
        return new ClientDetails(
            new PersonName(FamilyName!, GivenName!, Patronymic, LatinName),
            Sex!.Value,
            dateOfBirth,
            Citizenship!,
            ClientPhone.ToE164(Phone, Citizenship),
            MessengerContact,
            RegionOfOrigin,
            PreferredLanguage!,
            new Consent(ConsentGivenOn!.Value, scope, today));
    }
}
