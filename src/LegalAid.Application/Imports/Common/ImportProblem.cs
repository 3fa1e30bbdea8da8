using System.Globalization;
using LegalAid.Application.Common.Localisation;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Resources;

namespace LegalAid.Application.Imports.Common;

/// <summary>
/// One problem of an imported file: the row (as a spreadsheet numbers it; 0 for the file as a whole), the column as
/// the file names it, and what is wrong, as a message code with its arguments, shown in the reader's language.
/// Arguments never hold personal data: values of personal columns are not repeated.
/// </summary>
public sealed record ImportProblem(int Row, string? Column, string Code, IReadOnlyList<string> Arguments)
{
    public static ImportProblem Of(int row, string? column, string code, params string[] arguments) => new(row, column, code, arguments);

    /// <summary>
    /// What <paramref name="write"/> gives in each of the app's languages (<see cref="Cultures.Languages"/>, in that order):
    /// the arguments of <see cref="ImportProblems.InvalidValueInEachLanguage"/>, whose format in each language picks its own.
    /// </summary>
    /// <summary>A domain rule the row breaks, its message kept in each language.</summary>
    public static ImportProblem Broken(int row, string? column, Domain.Common.DomainException rule) =>
        Of(row, column, ImportProblems.InvalidValueInEachLanguage, InEachLanguage(() => DomainMessages.Of(rule)));

    public static T[] InEachLanguage<T>(Func<T> write) => Cultures.Languages.Select(language =>
    {
        using (ReportLanguage.Use(language))
        {
            return write();
        }
    }).ToArray();

    /// <summary>
    /// The message in the current UI language: the reader's, on a page or in the API's answer. Never stored
    /// (<see cref="ImportReport"/>).
    /// </summary>
    public string Message =>
        Messages.ResourceManager.GetString(Code, Messages.Culture) is { } format
            ? string.Format(CultureInfo.CurrentCulture, format, [.. Arguments])
            : string.Join(' ', [Code, .. Arguments]);
}

/// <summary>The message codes of import problems (keys of Messages.resx).</summary>
public static class ImportProblems
{
    public const string MissingColumn = "ImportMissingColumn";
    public const string UnknownColumn = "ImportUnknownColumn";
    public const string RepeatedColumn = "ImportRepeatedColumn";
    public const string TooManyRows = "ImportTooManyRows";
    public const string MissingValue = "ImportMissingValue";
    /// <summary>The value, then the closest known ones written in each language; reports checked before it carry <see cref="UnknownValue"/>.</summary>
    public const string UnknownValueInEachLanguage = "ImportUnknownValueInEachLanguage";
    public const string UnknownValue = "ImportUnknownValue";

    /// <summary>The value, then the closest items written in each language; reports checked before it carry <see cref="UnmappedValue"/>.</summary>
    public const string UnmappedValueInEachLanguage = "ImportUnmappedValueInEachLanguage";
    public const string UnmappedValue = "ImportUnmappedValue";
    public const string InvalidDate = "ImportInvalidDate";
    public const string ImpossibleDate = "ImportImpossibleDate";
    /// <summary>The date, then the first and last allowed written in each language; reports checked before it carry <see cref="DateOutOfRange"/>.</summary>
    public const string DateOutOfRangeInEachLanguage = "ImportDateOutOfRangeInEachLanguage";
    public const string DateOutOfRange = "ImportDateOutOfRange";
    public const string InvalidTime = "ImportInvalidTime";
    public const string InvalidNumber = "ImportInvalidNumber";
    public const string LostCharacters = "ImportLostCharacters";
    public const string MisdecodedText = "ImportMisdecodedText";
    public const string DuplicateRow = "ImportDuplicateRow";
    public const string PossibleDuplicateClient = "ImportPossibleDuplicateClient";
    public const string UnknownClient = "ImportUnknownClient";
    public const string ClientNotServed = "ImportClientNotServed";
    public const string UnknownCase = "ImportUnknownCase";
    public const string CaseOfAnotherClient = "ImportCaseOfAnotherClient";
    public const string InvalidValue = "ImportInvalidValue";

    /// <summary>A rule's message written in every language (<see cref="ImportProblem.InEachLanguage"/>), shown in the reader's; reports checked before it carry <see cref="InvalidValue"/>.</summary>
    public const string InvalidValueInEachLanguage = "ImportInvalidValueInEachLanguage";
    public const string ClientRejected = "ImportClientRejected";
    public const string OutcomeWithoutDate = "ImportOutcomeWithoutDate";

    /// <summary>The same problem's message without the value, for a column of personal data whose values are not repeated.</summary>
    public static string WithoutValue(string code) => code + "WithoutValue";
}
