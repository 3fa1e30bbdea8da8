using LegalAid.Application.Audit.Common;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Consultations;
using Microsoft.Extensions.Localization;

namespace LegalAid.Web.Pages.Audit;

/// <summary>
/// A changed field as a reader takes it in: its name as the record's own pages label it («Case.Outcome» → «Результат»),
/// and a choice's value as the forms show it («PartiallyResolved» → «Решено частично»); anything else as the trail keeps it.
/// </summary>
public static class AuditChangeText
{
    /// <summary>The fields whose values are choices, by record and field: the prefix of their texts.</summary>
    private static readonly Dictionary<(string EntityType, string Field), string> Choices = new()
    {
        [("Case", "Outcome")] = nameof(CaseOutcome),
        [("Case", "Status")] = nameof(CaseStatus),
        [("CaseStatusChange", "Outcome")] = nameof(CaseOutcome),
        [("CaseStatusChange", "Status")] = nameof(CaseStatus),
        [("Consultation", "Channel")] = nameof(ConsultationChannel),
        [("Deadline", "Type")] = nameof(DeadlineType),
        [("Referral", "Result")] = nameof(ReferralResult),
    };

    public static AuditChangeItem Readable(string entityType, AuditChangeItem change, IStringLocalizer text) =>
        change with
        {
            Field = Field(entityType, change.Field, text),
            Before = Value(entityType, change.Field, change.Before, text),
            After = Value(entityType, change.Field, change.After, text),
        };

    private static string Field(string entityType, string field, IStringLocalizer text) =>
        text[$"{entityType}.{field}"] is { ResourceNotFound: false } label && !label.Value.Contains('{', StringComparison.Ordinal) ? label.Value : field;

    /// <summary>Only a choice's value is looked up: other values are free text and personal data, never a text's name.</summary>
    private static string? Value(string entityType, string field, string? value, IStringLocalizer text) =>
        value is not null && Choices.TryGetValue((entityType, field), out var prefix) && text[$"{prefix}.{value}"] is { ResourceNotFound: false } choice
            ? choice.Value
            : value;
}
