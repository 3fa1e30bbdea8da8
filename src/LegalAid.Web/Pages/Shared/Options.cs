using System.Globalization;
using LegalAid.Application.Administration.ListCentres;
using LegalAid.Application.Lookups.GetLookups;
using LegalAid.Domain.Clients;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace LegalAid.Web.Pages.Shared;

/// <summary>The choices of the forms' drop-downs, in the user's language; <c>selected</c> marks the current value.</summary>
public static class Options
{
    public static IEnumerable<SelectListItem> Of<TEnum>(IStringLocalizer text, TEnum? selected = null)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>()
            .Where(value => Convert.ToInt32(value, CultureInfo.InvariantCulture) != 0)
            .Select(value => new SelectListItem(text[$"{typeof(TEnum).Name}.{value}"], value.ToString(), value.Equals(selected)));

    /// <summary>Choices of a multiple select; every value in <paramref name="selected"/> is marked.</summary>
    public static IEnumerable<SelectListItem> Many<TEnum>(IStringLocalizer text, IEnumerable<TEnum>? selected)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(value => new SelectListItem(text[$"{typeof(TEnum).Name}.{value}"], value.ToString(), selected?.Contains(value) == true));

    public static IEnumerable<SelectListItem> Citizenship(IStringLocalizer text, IEnumerable<string>? selected = null) =>
        Citizenships.All.Select(code => new SelectListItem(text[$"Citizenship.{code}"], code, selected?.Contains(code) == true));

    /// <summary>The kinds of record the audit trail names, in the reader's language.</summary>
    public static IEnumerable<SelectListItem> AuditEntityTypes(IStringLocalizer text, string? selected) =>
        Application.Audit.Common.AuditEntityTypes.All
            .Select(type => new SelectListItem(text[$"AuditEntity.{type}"], type, type == selected))
            .OrderBy(item => item.Text, StringComparer.CurrentCulture);

    public static IEnumerable<SelectListItem> Language(IStringLocalizer text) =>
        Languages.All.Select(code => new SelectListItem(text[$"Language.{code}"], code));

    /// <summary>The languages a report is written in, the <paramref name="selected"/> one marked.</summary>
    public static IEnumerable<SelectListItem> ReportLanguages(IStringLocalizer text, IEnumerable<string> codes, string? selected) =>
        codes.Select(code => new SelectListItem(text[$"Language.{code}"], code, code == selected));

    public static IEnumerable<SelectListItem> Centres(Lookups lookups, int? selected = null) =>
        lookups.Centres.Select(c => Item(c.Name.ToString(), c.Id, selected));

    public static IEnumerable<SelectListItem> Centres(IEnumerable<CentreDetails> centres) =>
        centres.Select(c => Item(c.Names.ToString(), c.Id, null));

    public static IEnumerable<SelectListItem> CentreCodes(Lookups lookups, IEnumerable<int>? selected) =>
        lookups.Centres.Select(c => new SelectListItem(c.Code, c.Id.ToString(CultureInfo.InvariantCulture), selected?.Contains(c.Id) == true));

    public static IEnumerable<SelectListItem> Roles(IStringLocalizer text) =>
        Application.Common.Security.Roles.All.Select(role => new SelectListItem(text[$"Role.{role}"], role));

    public static IEnumerable<SelectListItem> Categories(Lookups lookups, int? selected = null) =>
        lookups.Categories.Select(c => Item(c.Name.ToString(), c.Id, selected));

    /// <summary>A filter's categories: every one, those deactivated since marked so (old records keep them).</summary>
    public static IEnumerable<SelectListItem> FilterCategories(Lookups lookups, IStringLocalizer text, IEnumerable<int>? selected) =>
        lookups.EveryCategory.Select(c => new SelectListItem(FilterName(c, text), c.Id.ToString(CultureInfo.InvariantCulture), selected?.Contains(c.Id) == true));

    /// <inheritdoc cref="FilterCategories(Lookups, IStringLocalizer, IEnumerable{int})"/>
    public static IEnumerable<SelectListItem> FilterCategories(Lookups lookups, IStringLocalizer text, int? selected) =>
        lookups.EveryCategory.Select(c => Item(FilterName(c, text), c.Id, selected));

    /// <summary>A form's lawyers: the active ones, and the inactive lawyer a case is still assigned to, marked so.</summary>
    public static IEnumerable<SelectListItem> Lawyers(Lookups lookups, IStringLocalizer text, int? centreId = null, int? selected = null) =>
        lookups.Lawyers.Where(l => centreId is null || l.CentreId == centreId).Select(l => Item(LawyerName(l, text), l.Id, selected));

    /// <summary>A filter's lawyers: every one, inactive lawyers marked so (old records name them).</summary>
    public static IEnumerable<SelectListItem> FilterLawyers(Lookups lookups, IStringLocalizer text, IEnumerable<int>? selected) =>
        lookups.EveryLawyer.Select(l => new SelectListItem(LawyerName(l, text), l.Id.ToString(CultureInfo.InvariantCulture), selected?.Contains(l.Id) == true));

    /// <inheritdoc cref="FilterLawyers(Lookups, IStringLocalizer, IEnumerable{int})"/>
    public static IEnumerable<SelectListItem> FilterLawyers(Lookups lookups, IStringLocalizer text, int? centreId, int? selected) =>
        lookups.EveryLawyer.Where(l => centreId is null || l.CentreId == centreId).Select(l => Item(LawyerName(l, text), l.Id, selected));

    private static string LawyerName(LawyerItem lawyer, IStringLocalizer text) =>
        lawyer.IsActive ? lawyer.FullName : text["Lawyer.Inactive", lawyer.FullName];

    private static string FilterName(CategoryItem category, IStringLocalizer text) =>
        category.IsActive ? category.Name.ToString() : text["Category.Deactivated", category.Name.ToString()];

    private static SelectListItem Item(string text, int id, int? selected) =>
        new(text, id.ToString(CultureInfo.InvariantCulture), id == selected);
}
