using System.Globalization;
using LegalAid.Application.Audit.Common;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Imports;
using LegalAid.Domain.Consultations;
using LegalAid.Domain.Transfers;
using Microsoft.Extensions.Localization;

namespace LegalAid.Web.Pages.Audit;

/// <summary>
/// A changed field as a reader takes it in: its name as the record's own pages label it («Case.Outcome» → «Результат»,
/// «Case.PrimaryCategoryId» → «Основная категория»), a choice's value as the forms show it («PartiallyResolved» →
/// «Решено частично»), a flag as yes or no, an amount in roubles, a file's size, a fraction, a day and a moment in the
/// reader's format; anything else as the trail keeps it.
/// </summary>
public static class AuditChangeText
{
    private const string AmountPart = ".MinorUnits";
    private const string CurrencyPart = ".Currency";

    /// <summary>The fields whose values are choices (or sets of them, «LegalAid, Contact»), by record and field: the prefix of their texts.</summary>
    private static readonly Dictionary<(string EntityType, string Field), string> Choices = new()
    {
        [("Case", "Outcome")] = nameof(CaseOutcome),
        [("Case", "Status")] = nameof(CaseStatus),
        [("CaseStatusChange", "Outcome")] = nameof(CaseOutcome),
        [("CaseStatusChange", "Status")] = nameof(CaseStatus),
        [("Consultation", "Channel")] = nameof(ConsultationChannel),
        [("Consultation", "Actions")] = nameof(ConsultationActions),
        [("Deadline", "Type")] = nameof(DeadlineType),
        [("Referral", "Result")] = nameof(ReferralResult),
        [("ClientTransfer", "Status")] = nameof(TransferStatus),
        [("Client", "Sex")] = nameof(Sex),
        [("Client", "Citizenship")] = "Citizenship",
        [("Client", "PreferredLanguage")] = "Language",
        [("Client", "Scope")] = nameof(ConsentScope),
        [("OpposingParty", "Kind")] = nameof(OpposingPartyKind),
        [("ImportMapping", "Kind")] = nameof(ImportValueKind),
        [("DonorReport", "Language")] = "Language",
        [("CalendarFeed", "Language")] = "Language",
        [("AccountRole", "RoleId")] = "Role",
    };

    /// <summary>The records whose pages name their texts otherwise than the trail names the record.</summary>
    private static readonly Dictionary<string, string> TextPrefixes = new() { ["ClientTransfer"] = "Transfer" };

    /// <summary>The fields the pages label under another name than the field's.</summary>
    private static readonly Dictionary<(string EntityType, string Field), string> Labels = new()
    {
        [("Case", "AssignedLawyerId")] = "Case.Lawyer",
        [("Account", "DisplayName")] = "Admin.Accounts.Name",
        [("Account", "TwoFactorEnabled")] = "Admin.Accounts.TwoFactor",
        [("Client", "RegisteredAtUtc")] = "Admin.Retention.Registered",
        [("ClientTransfer", "DecisionNote")] = "Transfer.Reason",
        [("ClientTransfer", "DecidedByStaffMemberId")] = "AuditField.DecidedBy",
    };

    /// <summary>The texts of fields no page labels (bookkeeping such as «VoidedAtUtc» or «Sha256»), by name, whatever the record.</summary>
    private const string GenericLabels = "AuditField";

    /// <summary>Endings a field's name has beyond what its page calls it: an id, a staff member's id, a moment's zone.</summary>
    private static readonly string[] Endings = ["StaffMemberId", "Id", "Utc"];

    /// <summary>
    /// The fields worth a line: a new record's empty fields and a deleted one's say nothing (a personal field the reader
    /// may not open still says it is there).
    /// </summary>
    public static IReadOnlyList<AuditChangeItem> Shown(AuditEntryItem entry) => entry.Action switch
    {
        AuditAction.Created => [.. entry.Changes.Where(change => Withheld(entry, change) || change.After is not null)],
        AuditAction.Deleted => [.. entry.Changes.Where(change => Withheld(entry, change) || change.Before is not null)],
        _ => entry.Changes,
    };

    private static bool Withheld(AuditEntryItem entry, AuditChangeItem change) =>
        change.IsPersonal && entry.PersonalValues != PersonalValuesState.Shown;

    /// <summary>
    /// A change of <paramref name="entry"/> as a reader takes it in. A consultation's follow-up is kept as a call back and
    /// read as its pages name it («Следующий контакт»).
    /// </summary>
    public static AuditChangeItem Readable(AuditEntryItem entry, AuditChangeItem change, IStringLocalizer text)
    {
        var readable = Readable(entry.EntityType, change, text);
        if (!IsFollowUpsType(entry, change))
        {
            return readable;
        }

        var followUp = text["Deadline.FollowUp"].Value;
        return readable with { Before = readable.Before is null ? null : followUp, After = readable.After is null ? null : followUp };
    }

    private static bool IsFollowUpsType(AuditEntryItem entry, AuditChangeItem change) =>
        (entry.EntityType, change.Field) == (nameof(Deadline), nameof(Deadline.Type))
        && entry.Changes.Any(c => c.Field == nameof(Deadline.ConsultationId) && (c.After ?? c.Before) is not null);

    public static AuditChangeItem Readable(string entityType, AuditChangeItem change, IStringLocalizer text) =>
        change with
        {
            Field = Field(entityType, change.Field, text),
            Before = Value(entityType, change.Field, change.Before, text),
            After = Value(entityType, change.Field, change.After, text),
        };

    /// <summary>A field's name as the record's pages label it; the name itself where no page does.</summary>
    public static string Field(string entityType, string field, IStringLocalizer text)
    {
        if (field.EndsWith(AmountPart, StringComparison.Ordinal))
        {
            return Field(entityType, field[..^AmountPart.Length], text);
        }

        if (field.EndsWith(CurrencyPart, StringComparison.Ordinal))
        {
            return $"{Field(entityType, field[..^CurrencyPart.Length], text)}, {text["Audit.Currency"].Value}";
        }

        var prefix = TextPrefixes.GetValueOrDefault(entityType, entityType);
        string[] names = [field, .. Endings.Where(ending => field.Length > ending.Length && field.EndsWith(ending, StringComparison.Ordinal)).Select(ending => field[..^ending.Length])];
        return Label(Labels.GetValueOrDefault((entityType, field), $"{prefix}.{field}"), text)
            ?? names.Skip(1).Select(name => Label($"{prefix}.{name}", text)).FirstOrDefault(label => label is not null)
            ?? names.Select(name => Label($"{GenericLabels}.{name}", text)).FirstOrDefault(label => label is not null)
            ?? field;
    }

    private static string? Label(string name, IStringLocalizer text) =>
        text[name] is { ResourceNotFound: false } label && !label.Value.Contains('{', StringComparison.Ordinal) ? label.Value : null;

    /// <summary>
    /// Only a choice's value is looked up, and a flag's «true» and «false» read as yes and no: other values are free text
    /// and personal data, never a text's name.
    /// </summary>
    private static string? Value(string entityType, string field, string? value, IStringLocalizer text) => value switch
    {
        null => null,
        _ when field.EndsWith(AmountPart, StringComparison.Ordinal) && long.TryParse(value, CultureInfo.InvariantCulture, out var minorUnits) =>
            (minorUnits / 100m).ToString("N2", CultureInfo.CurrentCulture),
        _ when DateTime.TryParseExact(value, AuditChangeItem.MomentFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) =>
            moment.ToString("g", CultureInfo.CurrentCulture),
        _ when (entityType, field) == ("Account", "LockoutEnd") && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, out var end) && end == DateTimeOffset.MaxValue =>
            text["Audit.LockedIndefinitely"].Value,
        _ when Choices.TryGetValue((entityType, field), out var prefix) =>
            string.Join(", ", value.Split(", ").Select(part => text[$"{prefix}.{part}"] is { ResourceNotFound: false } choice ? choice.Value : part)),
        "true" => text["Common.Yes"].Value,
        "false" => text["Common.No"].Value,
        _ when value.EndsWith(AuditEntry.BytesSuffix, StringComparison.Ordinal) && long.TryParse(value[..^AuditEntry.BytesSuffix.Length], CultureInfo.InvariantCulture, out var size) =>
            text["Audit.Bytes", size.ToString("N0", CultureInfo.CurrentCulture)].Value,
        _ when value.Contains('.', StringComparison.Ordinal) && decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fraction) =>
            fraction.ToString(CultureInfo.CurrentCulture),
        _ => AuditDetailsText.AsDay(value),
    };
}
