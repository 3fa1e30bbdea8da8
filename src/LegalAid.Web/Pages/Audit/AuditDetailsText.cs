using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LegalAid.Application.Cases.ListCases;
using LegalAid.Application.Common.Auditing;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Statistics;
using LegalAid.Application.Statistics.ExportStatistics;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;
using Microsoft.Extensions.Localization;

namespace LegalAid.Web.Pages.Audit;

/// <summary>
/// An audit entry's details as a reader takes them in: a sign-in's outcome, a role change's roles and ended sessions in
/// the reader's language, details kept as "key=value; …" (a refusal, a transfer's decision, an anonymisation, an
/// erasure) with each key named and each choice read, and the filters of a list or export (kept as JSON) under their
/// forms' labels.
/// </summary>
public static class AuditDetailsText
{
    /// <summary>Pairs of a word (digits and hyphens allowed), "=", and anything up to the next "; ".</summary>
    private static readonly Regex KeptPairs = new(@"^[a-zA-Z][a-zA-Z0-9-]*=[^;]*(; [a-zA-Z][a-zA-Z0-9-]*=[^;]*)*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>How much of a search's fingerprint is shown: enough to tell two searches apart by eye; the export keeps it whole.</summary>
    private const int FingerprintShown = 16;

    public static string? For(AuditAction action, string? details, IStringLocalizer text)
    {
        if (details is null)
        {
            return null;
        }

        if (action is AuditAction.SignedIn or AuditAction.SignInFailed && text[$"SignInOutcome.{details}"] is { ResourceNotFound: false } outcome)
        {
            return outcome;
        }

        if (action is AuditAction.RoleChanged && Read<RoleChange>(details) is { Account: { } account, From: { } from, To: { } to })
        {
            return $"{account}: {text[$"Role.{from}"]} → {text[$"Role.{to}"]}";
        }

        if (action is AuditAction.SessionEnded && Read<SessionsEnded>(details) is { } sessions)
        {
            return text[sessions.ByAdministrator ? "Audit.SessionsEnded.ByAdministrator" : "Audit.SessionsEnded.ByOwner", sessions.Count];
        }

        // An erasure's reason is the administrator's own words, which may hold "; " or "=": one value, never split.
        if (action is AuditAction.Erased && details.StartsWith("reason=", StringComparison.Ordinal))
        {
            return $"{text["AuditDetail.reason"]}: {details["reason=".Length..]}";
        }

        // A pair kept empty is a filter left at «all»: not named, as the lists' and exports' filters are not.
        if (KeptPairs.IsMatch(details))
        {
            return string.Join("; ", details.Split("; ").Select(pair => pair.Split('=', 2)).Where(pair => pair[1].Length > 0)
                .Select(pair => $"{Key(action, pair[0], text)}: {KeptValue(action, pair[0], KeptPairValue.Unescape(pair[1]), text)}"));
        }

        return details.StartsWith('{') && TryFlatten(details, text) is { } pairs ? pairs : details;
    }

    /// <summary>The keys kept by an export or an import, under the labels of the form or page they come from.</summary>
    private static readonly Dictionary<string, string> KeptLabels = new()
    {
        ["openedFrom"] = "Exports.Cases.From",
        ["heldFrom"] = "Exports.Consultations.From",
        ["registeredFrom"] = "Exports.Clients.From",
        ["openedTo"] = "Exports.Cases.To",
        ["heldTo"] = "Exports.Consultations.To",
        ["registeredTo"] = "Exports.Clients.To",
        ["channel"] = "Consultation.Channel",
        ["lawyer"] = "Exports.Lawyer",
        ["category"] = "Case.Category",
        ["format"] = "Exports.Format",
        ["centre"] = "Case.Centre",
        ["file"] = "Imports.File",
        ["consultations"] = "Imports.Consultations",
        ["newClients"] = "Imports.NewClients",
        ["newCases"] = "Imports.NewCases",
    };

    private static string Key(AuditAction action, string key, IStringLocalizer text) =>
        text[IsCasesStatus(action, key) ? "Case.Status" : KeptLabels.GetValueOrDefault(key, $"AuditDetail.{key}")] is { ResourceNotFound: false } label ? label.Value : key;

    /// <summary>An export keeps the cases' status it was filtered by; a transfer's decision, the transfer's.</summary>
    private static bool IsCasesStatus(AuditAction action, string key) => action is AuditAction.Exported && key == "status";

    /// <summary>
    /// A kept value as the pages show it: a reason or status read, roles, channels, formats and languages named, a flag as
    /// yes or no, a day or month in the reader's format.
    /// </summary>
    private static string KeptValue(AuditAction action, string key, string value, IStringLocalizer text) => key switch
    {
        "needs" => string.Join(", ", value.Split(',').Select(role => text[$"Role.{role}"].Value)),
        "status" => text[$"{(IsCasesStatus(action, key) ? nameof(CaseStatus) : "TransferStatus")}.{value}"].Value,
        "channel" when text[$"{nameof(ConsultationChannel)}.{value}"] is { ResourceNotFound: false } channel => channel.Value,
        "format" when text[$"{nameof(ExportFormat)}.{value}"] is { ResourceNotFound: false } format => format.Value,
        "terms-hmac" or "sha256" when value.Length > FingerprintShown => $"{value[..FingerprintShown]}…",
        "skipRejected" when bool.TryParse(value, out var flag) => text[flag ? "Common.Yes" : "Common.No"].Value,
        "language" when text[$"Language.{value}"] is { ResourceNotFound: false } language => language.Value,
        "month" when DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) =>
            month.ToString("MMMM yyyy", CultureInfo.CurrentCulture),
        _ when text[$"AuditDetail.{key}.{value}"] is { ResourceNotFound: false } choice => choice.Value,
        _ => AsDay(value),
    };

    /// <summary>A day kept as "yyyy-MM-dd" in the reader's format; any other value as it is.</summary>
    internal static string AsDay(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day.ToString("d", CultureInfo.CurrentCulture) : value;

    /// <summary>Details kept as JSON of <typeparamref name="T"/>; null for any other (a sentence kept before they were, a malformed one).</summary>
    private static T? Read<T>(string details)
        where T : class
    {
        try
        {
            return details.StartsWith('{') ? JsonSerializer.Deserialize<T>(details) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// A list's or an export's filters, each under the label its form gives it and a choice as the form shows it; a list
    /// left empty selects everything and is not named.
    /// </summary>
    private static readonly Dictionary<string, (string Label, string? Choices)> Filters = new()
    {
        ["CentreId"] = ("Case.Centre", null),
        ["Status"] = ("Case.Status", nameof(CaseStatus)),
        ["LawyerId"] = ("Case.Lawyer", null),
        ["CategoryId"] = ("Case.Category", null),
        ["OpenedFrom"] = ("Filter.OpenedFrom", null),
        ["OpenedTo"] = ("Filter.OpenedTo", null),
        ["Sort"] = ("Filter.Sort", nameof(CaseSort)),
        ["PageNumber"] = ("Audit.Filter.Page", null),
        ["DuePage"] = ("Audit.Filter.DuePage", null),
        ["Table"] = ("Audit.Filter.Table", null),
        ["Format"] = ("Audit.Filter.Format", nameof(ExportFormat)),
        ["Filter.From"] = ("Audit.From", null),
        ["Filter.To"] = ("Audit.To", null),
        ["Filter.Centre"] = ("Case.Centre", null),
        ["Filter.Citizenship"] = ("Client.Citizenship", "Citizenship"),
        ["Filter.Sex"] = ("Client.Sex", nameof(Sex)),
        ["Filter.AgeBand"] = ("Statistics.AgeBand", nameof(AgeBand)),
        ["Filter.Category"] = ("Case.Category", null),
        ["Filter.Channel"] = ("Consultation.Channel", nameof(ConsultationChannel)),
        ["Filter.Lawyer"] = ("Case.Lawyer", null),
        ["User"] = ("Audit.User", null),
        ["EntityType"] = ("Audit.EntityType", "AuditEntity"),
        ["EntityId"] = ("Audit.EntityId", null),
        ["Action"] = ("Audit.Action", nameof(AuditAction)),
        ["From"] = ("Audit.From", null),
        ["To"] = ("Audit.To", null),
    };

    private static string? TryFlatten(string json, IStringLocalizer text)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var pairs = new List<(string Path, IEnumerable<JsonElement> Values)>();
            Flatten(document.RootElement, string.Empty, pairs);
            return string.Join("; ", pairs.Select(pair => Filter(pair.Path, pair.Values, text)));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Flatten(JsonElement element, string path, List<(string Path, IEnumerable<JsonElement> Values)> pairs)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", pairs);
                }

                break;
            case JsonValueKind.Array when element.GetArrayLength() > 0:
                pairs.Add((path, element.EnumerateArray().ToList()));
                break;
            case JsonValueKind.Array:
                break;
            default:
                pairs.Add((path, [element]));
                break;
        }
    }

    private static string Filter(string path, IEnumerable<JsonElement> values, IStringLocalizer text)
    {
        var (label, choices) = Filters.GetValueOrDefault(path, (path, null));
        return $"{Label(label, text)}: {string.Join(", ", values.Select(value => FilterValue(path, Value(value), choices, text)))}";
    }

    private static string Label(string name, IStringLocalizer text) => text[name] is { ResourceNotFound: false } label ? label.Value : name;

    private static string FilterValue(string path, string value, string? choices, IStringLocalizer text) =>
        path == "Table" && StatisticsWorkbook.Keys.Contains(value) ? StatisticsWorkbook.TitleOf(value)
        : choices is not null && text[$"{choices}.{value}"] is { ResourceNotFound: false } choice ? choice.Value : AsDay(value);

    private static string Value(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
}
