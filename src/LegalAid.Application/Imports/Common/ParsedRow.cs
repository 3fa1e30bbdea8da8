using LegalAid.Application.Common.Models;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Consultations;

namespace LegalAid.Application.Imports.Common;

/// <summary>A row read into the app's values, with every problem found in it.</summary>
public sealed class ParsedRow(SpreadsheetRow source)
{
    public SpreadsheetRow Source { get; } = source;

    public int Number => Source.Number;

    public List<ImportProblem> Problems { get; } = [];

    public bool IsRejected => Problems.Count > 0;

    /// <summary>The row's stable key: the same row in a later file has the same key.</summary>
    public string SourceKey { get; set; } = string.Empty;

    /// <summary>Rows with the same identity describe the same person: their names and date of birth as written.</summary>
    public string ClientIdentity { get; set; } = string.Empty;

    /// <summary>The person as the row describes them.</summary>
    public ImportedClientFields Person { get; set; } = new();

    /// <summary>The client the row belongs to, once matched; null when the person could not be.</summary>
    public PlannedClient? Client { get; set; }

    /// <summary>The client id column: a registered client's id, "new" for someone not yet registered, or nothing.</summary>
    public string ClientChoice { get; set; } = string.Empty;

    /// <summary>The file's own case reference (or the app's case number), as written.</summary>
    public string CaseReference { get; set; } = string.Empty;

    public int? CategoryId { get; set; }

    /// <summary>Date and time at the centre.</summary>
    public DateTime? HeldAt { get; set; }

    public ConsultationChannel? Channel { get; set; }

    public int? LawyerId { get; set; }

    public int? DurationMinutes { get; set; }

    public string? Summary { get; set; }

    public CaseOutcome? Outcome { get; set; }

    public DateOnly? ClosedOn { get; set; }

    /// <summary>How the row names its case: its case reference, or its problem category when it gives none.</summary>
    public string CaseKey => CaseReference.Length > 0 ? Domain.Imports.ImportMapping.KeyFor(CaseReference) : $"problem:{CategoryId}";

    public bool HasProblemIn(string column) => Problems.Any(p => p.Column == column);

    public void Reject(string? column, string code, params string[] arguments) => Problems.Add(ImportProblem.Of(Number, column, code, arguments));

    public void Reject(string? column, Domain.Common.DomainException rule) => Problems.Add(ImportProblem.Broken(Number, column, rule));
}
