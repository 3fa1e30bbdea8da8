using LegalAid.Domain.Clients;
using PhoneNumbers;

namespace LegalAid.Application.Clients.Common;

/// <summary>
/// A client's phone number: typed in any format, validated per country (libphonenumber), stored in E.164
/// ("+996555123456") and shown in international format ("+996 555 123 456", "+7 916 123-45-67"). A number typed
/// without "+" is read as a number of the client's citizenship country, else of the country of the centres.
/// </summary>
public static class ClientPhone
{
    /// <summary>Where the programme's centres are, and so the SIM cards most clients use.</summary>
    public const string CentresCountry = "RU";

    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    /// <summary>The centres' country and the countries the programme's clients come from.</summary>
    private static readonly string[] ProgrammeCountries = [CentresCountry, .. Citizenships.All.Where(c => c != Citizenships.Other)];

    /// <summary>Nothing typed, or a number of the client's country (else of the centres' one) written with digits and the usual punctuation.</summary>
    public static bool IsValid(string? typed, string? citizenship) =>
        string.IsNullOrWhiteSpace(typed) || (IsWrittenAsANumber(typed) && Parse(typed, Regions(citizenship)) is not null);

    /// <summary>Nothing typed, or a number of any of the programme's countries: for a person whose citizenship nobody asked.</summary>
    public static bool IsValidInProgrammeCountries(string? typed) =>
        string.IsNullOrWhiteSpace(typed) || (IsWrittenAsANumber(typed) && Parse(typed, ProgrammeCountries) is not null);

    /// <summary>The number in E.164, or null when none was typed; what cannot be read as a number stays as typed (the validator refused it).</summary>
    public static string? ToE164(string? typed, string? citizenship)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        return Parse(typed, Regions(citizenship)) is { } number ? Numbers.Format(number, PhoneNumberFormat.E164) : typed;
    }

    /// <summary>The stored number grouped for reading; one stored before numbers were validated is shown as it is.</summary>
    public static string? Display(string? stored, string? citizenship) =>
        stored is not null && Parse(stored, Regions(citizenship)) is { } number ? Numbers.Format(number, PhoneNumberFormat.INTERNATIONAL) : stored;

    /// <summary>The phone numbers of any of the programme's countries written anywhere in <paramref name="text"/>, where and as written.</summary>
    public static IEnumerable<(int Start, string Written)> AllIn(string text) =>
        ProgrammeCountries.SelectMany(region => Numbers.FindNumbers(text, region, PhoneNumberUtil.Leniency.VALID, long.MaxValue))
            .Select(match => (match.Start, match.RawString));

    /// <summary>
    /// What a phone search looks for: the whole number in E.164 when what was typed is one in any of the programme's
    /// countries ("8 916 123-45-67" and "0555 123 456" find +79161234567 and +996555123456 by the phone's index), else
    /// the digits typed, anywhere in the number ("45-67"); null when no digit was typed.
    /// </summary>
    public static SearchedPhone? Searched(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || Domain.Clients.PhoneNumber.Digits(typed) is not { Length: > 0 } digits)
        {
            return null;
        }

        return Parse(typed, ProgrammeCountries) is { } number
            ? new SearchedPhone(Numbers.Format(number, PhoneNumberFormat.E164), IsWholeNumber: true)
            : new SearchedPhone(digits, IsWholeNumber: false);
    }

    /// <summary>Digits and the usual punctuation only: libphonenumber would also read letters, as on "1-800-FLOWERS".</summary>
    private static bool IsWrittenAsANumber(string typed) => typed.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')');

    private static string[] Regions(string? citizenship) =>
        Citizenships.IsKnown(citizenship) && citizenship != Citizenships.Other ? [citizenship!, CentresCountry] : [CentresCountry];

    private static PhoneNumbers.PhoneNumber? Parse(string typed, IEnumerable<string> regions)
    {
        foreach (var region in regions)
        {
            try
            {
                var number = Numbers.Parse(typed, region);
                if (Numbers.IsValidNumber(number))
                {
                    return number;
                }
            }
            catch (NumberParseException)
            {
                // Not a number in this region's format: try the next.
            }
        }

        return null;
    }
}

/// <param name="Text">The number in E.164 when <paramref name="IsWholeNumber"/>, else the digits typed.</param>
public sealed record SearchedPhone(string Text, bool IsWholeNumber);
