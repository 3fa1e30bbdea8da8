using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using LegalAid.Domain.Imports;

namespace LegalAid.Application.Imports.Common;

/// <summary>
/// What a check found, or an import did: how the file was read, what it creates or would create, every problem by row
/// and column, the values waiting for a mapping, and row by row where each row goes. Kept with the import as JSON;
/// it names no client (problems do not repeat personal values), so it may outlive the file.
/// </summary>
public sealed record ImportReport
{
    /// <summary>Kept without a problem's message, which is read in each reader's language from its code.</summary>
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                type =>
                {
                    if (type.Type == typeof(ImportProblem))
                    {
                        type.Properties.Remove(type.Properties.Single(p => p.Name == nameof(ImportProblem.Message)));
                    }
                },
            },
        },
    };

    public bool Imported { get; init; }

    public string Format { get; init; } = string.Empty;

    public string? Encoding { get; init; }

    public string? Separator { get; init; }

    /// <summary>False when the file as a whole cannot be imported; <see cref="FileProblems"/> say why.</summary>
    public bool Usable { get; init; }

    public int Rows { get; init; }

    public int Accepted { get; init; }

    public int Rejected { get; init; }

    public int AlreadyImported { get; init; }

    public int NewClients { get; init; }

    public int ExistingClients { get; init; }

    public int NewCases { get; init; }

    public int ExistingCases { get; init; }

    public int Consultations { get; init; }

    public IReadOnlyList<ImportProblem> FileProblems { get; init; } = [];

    public IReadOnlyList<ImportProblem> Problems { get; init; } = [];

    public IReadOnlyList<UnmappedValue> Unmapped { get; init; } = [];

    public IReadOnlyList<ImportRowPlan> RowPlans { get; init; } = [];

    public static ImportReport From(ImportPlan plan, bool imported)
    {
        var accepted = plan.Cases.SelectMany(c => c.Consultations.Select(consultation => (Row: consultation.Key, Case: c))).ToDictionary(r => r.Row, r => r.Case);
        return new ImportReport
        {
            Imported = imported,
            Format = plan.File.Format,
            Encoding = plan.File.Encoding,
            Separator = plan.File.Separator?.ToString(),
            Usable = plan.IsUsable,
            Rows = plan.Rows.Count,
            Accepted = accepted.Count,
            Rejected = plan.Rejected.Count(),
            AlreadyImported = plan.AlreadyImported.Count,
            NewClients = plan.NewClients.Count(),
            ExistingClients = accepted.Values.Select(c => c.Client).Where(c => !c.IsNew).Distinct().Count(),
            NewCases = plan.NewCases.Count(),
            ExistingCases = accepted.Values.Where(c => !c.IsNew).Distinct().Count(),
            Consultations = accepted.Count,
            FileProblems = plan.FileProblems,
            Problems = [.. plan.Rows.SelectMany(r => r.Problems)],
            Unmapped = [.. plan.Unmapped.Select(u => new UnmappedValue(u.Key.Kind, u.Value.Text, u.Value.Rows,
                [.. plan.Vocabularies!.Of(u.Key.Kind).Closest(u.Value.Text).Select(item => new MappingChoice(item.Value, item.Label()))]))],
            RowPlans = [.. plan.Rows.Select(row => PlanOf(row, plan, accepted.GetValueOrDefault(row), imported))],
        };
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ImportReport FromJson(string json) => JsonSerializer.Deserialize<ImportReport>(json, Json)!;

    private static ImportRowPlan PlanOf(ParsedRow row, ImportPlan plan, PlannedCase? @case, bool imported) =>
        plan.AlreadyImported.Contains(row) ? new ImportRowPlan(row.Number, ImportRowStatus.AlreadyImported)
        : @case is null ? new ImportRowPlan(row.Number, ImportRowStatus.Rejected)
        : new ImportRowPlan(
            row.Number,
            ImportRowStatus.Accepted,
            @case.Client.IsNew ? @case.Client.FirstRow : null,
            @case.Client.IsNew && !imported ? null : @case.Client.Id,
            @case.IsNew ? @case.FirstRow : null,
            @case.IsNew ? (imported ? @case.Built!.Number : null) : @case.ExistingNumber);
}

public enum ImportRowStatus
{
    Accepted = 1,
    Rejected = 2,
    AlreadyImported = 3,
}

/// <summary>
/// Where a row goes: a new client first described in <see cref="NewClientRow"/> (registered as <see cref="ClientId"/> once
/// imported), or the registered <see cref="ClientId"/>; a new case first named in <see cref="NewCaseRow"/> (numbered
/// <see cref="CaseNumber"/> once imported), or the existing case <see cref="CaseNumber"/>.
/// </summary>
public sealed record ImportRowPlan(int Row, ImportRowStatus Status, int? NewClientRow = null, int? ClientId = null, int? NewCaseRow = null, string? CaseNumber = null);

/// <summary>A value of the file that names nothing in the app's lists yet, how many rows use it, and the closest items.</summary>
public sealed record UnmappedValue(ImportValueKind Kind, string Text, int Rows, IReadOnlyList<MappingChoice> Suggestions);

public sealed record MappingChoice(int Id, string Label);
