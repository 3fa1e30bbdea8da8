using FluentValidation;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Clients;

namespace LegalAid.Application.Clients.Common;

public sealed class ClientFieldsValidator : AbstractValidator<ClientFields>
{
    public ClientFieldsValidator(TimeProvider clock)
    {
        RuleFor(c => c.FamilyName).Required().PersonNamePart();
        RuleFor(c => c.GivenName).Required().PersonNamePart();
        RuleFor(c => c.Patronymic).PersonNamePart();
        RuleFor(c => c.LatinName).Name(PersonName.LatinMaxLength)
            .Must(BeLatin).WithMessage(_ => Messages.LatinOnly);
        RuleFor(c => c.Sex).Choice();
        RuleFor(c => c.DateOfBirth).BirthDate(clock);
        RuleFor(c => c.BirthYear).Cascade(CascadeMode.Stop).BirthYear(clock).YearOf(c => c.DateOfBirth);
        RuleFor(c => c.Citizenship).GivenFrom(Citizenships.IsKnown, () => Messages.UnknownCitizenship);
        RuleFor(c => c.Phone).FreeText(Client.PhoneMaxLength)
            .Must((client, phone) => ClientPhone.IsValid(phone, client.Citizenship)).WithMessage(_ => Messages.InvalidPhone);
        RuleFor(c => c.MessengerContact).FreeText(Client.ContactMaxLength);
        RuleFor(c => c.RegionOfOrigin).FreeText(Client.ContactMaxLength);
        RuleFor(c => c.PreferredLanguage).GivenFrom(Languages.IsKnown, () => Messages.UnknownLanguage);
        RuleFor(c => c.ConsentGivenOn).NotNull().WithRequiredMessage().PastEventDate(clock);
        RuleFor(c => c.ConsentScopes).Given(() => Messages.ConsentRequired).Choices()
            .Must(scopes => scopes!.Contains(ConsentScope.LegalAid)).WithMessage(_ => Messages.ConsentRequired);
    }

    private static bool BeLatin(string? name) =>
        name is null || name.Trim().All(c => IsLatinLetter(c) || c is ' ' or '-' or '\'' or 'ʻ' or 'ʼ' or '.');

    /// <summary>A letter of the Latin script as a passport prints it, marks included: Şahin, İlham, Əliyev, Đorđević.</summary>
    private static bool IsLatinLetter(char c) =>
        char.IsAsciiLetter(c) || (char.IsLetter(c) && c is (>= '\u00C0' and <= '\u02AF') or (>= '\u1E00' and <= '\u1EFF'));
}
