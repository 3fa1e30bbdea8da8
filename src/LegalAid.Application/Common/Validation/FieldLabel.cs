using System.Globalization;
using LegalAid.Application.Resources;

namespace LegalAid.Application.Common.Validation;

/// <summary>
/// The label of a request's field ("Field.FamilyName": "Фамилия") in the UI language, so a message can name the field
/// it is about: beside the field it reads the same, and in the summary above a form it says which field is meant.
/// </summary>
public static class FieldLabel
{
    /// <summary>The label of the last property of <paramref name="propertyPath"/> ("Fields.FamilyName"), or null when it has none.</summary>
    public static string? Of(string? propertyPath) =>
        string.IsNullOrEmpty(propertyPath) ? null : Label("Field." + LastProperty(propertyPath));

    /// <summary>
    /// The label of a property of <paramref name="owner"/>, where two owners label a property of the same name
    /// differently ("Field.CaseFields.Summary": «Суть дела», a consultation's «Содержание»); else as <see cref="Of(string?)"/>.
    /// </summary>
    public static string? Of(Type owner, string? propertyPath) =>
        string.IsNullOrEmpty(propertyPath) ? null : Label($"Field.{owner.Name}.{LastProperty(propertyPath)}") ?? Of(propertyPath);

    private static string LastProperty(string propertyPath) => propertyPath[(propertyPath.LastIndexOf('.') + 1)..];

    private static string? Label(string name) => Labels.ResourceManager.GetString(name, CultureInfo.CurrentUICulture);
}
