using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;

namespace LegalAid.Application.Imports.Common;

/// <summary>
/// What a file would bring in: every row read and checked, the clients and cases it finds or creates, and the
/// problems that reject rows. A check reports it; an import writes the accepted rows of it.
/// </summary>
public sealed class ImportPlan(SpreadsheetInfo file)
{
    public SpreadsheetInfo File { get; } = file;

    /// <summary>The file's columns; null when it could not be read.</summary>
    public ColumnMap? Columns { get; set; }

    /// <summary>The lists the file's values were read against; null when it could not be read.</summary>
    public ImportVocabularies? Vocabularies { get; set; }

    public List<ImportProblem> FileProblems { get; } = [];

    public List<ParsedRow> Rows { get; } = [];

    /// <summary>Rows imported by an earlier file (the same source key): skipped, not rejected.</summary>
    public HashSet<ParsedRow> AlreadyImported { get; } = [];

    public List<PlannedClient> Clients { get; } = [];

    public List<PlannedCase> Cases { get; } = [];

    public Dictionary<(Domain.Imports.ImportValueKind Kind, string Key), (string Text, int Rows)> Unmapped { get; set; } = [];

    /// <summary>False when the file as a whole cannot be imported (a required column missing, too many rows).</summary>
    public bool IsUsable => FileProblems.TrueForAll(p => p.Code == ImportProblems.UnknownColumn);

    public IEnumerable<ParsedRow> Accepted => Rows.Where(r => !r.IsRejected && !AlreadyImported.Contains(r));

    public IEnumerable<ParsedRow> Rejected => Rows.Where(r => r.IsRejected);

    public IEnumerable<PlannedClient> NewClients => Clients.Where(c => c.IsNew && c.HasAcceptedRows);

    public IEnumerable<PlannedCase> NewCases => Cases.Where(c => c.IsNew && c.Consultations.Count > 0);
}

/// <summary>How the file was read: CSV or XLSX, its encoding and field separator.</summary>
public sealed record SpreadsheetInfo(string Format, string? Encoding, char? Separator);

/// <summary>A client rows belong to: registered already (<see cref="ExistingId"/>), or to be registered from <see cref="FirstRow"/>.</summary>
public sealed class PlannedClient
{
    public int? ExistingId { get; init; }

    /// <summary>A registered client who withdrew consent or whose data was anonymised: nothing more is recorded for them.</summary>
    public bool MayNotBeServed { get; init; }

    /// <summary>The client as the file describes them (only for a new client).</summary>
    public Client? New { get; init; }

    public int? BirthYear { get; init; }

    public DateOnly? BirthDate { get; init; }

    /// <summary>The row that describes the client first (for a new client, where they come from).</summary>
    public int FirstRow { get; init; }

    public bool IsNew => New is not null;

    /// <summary>The client's id once they exist: the registered one, or the new record's once saved.</summary>
    public int Id => ExistingId ?? New!.Id;

    public bool HasAcceptedRows { get; set; }

    /// <summary>Neither date of birth contradicts the other.</summary>
    public bool BornAsStated(int? year, DateOnly? date) =>
        BirthYear is null || year is null || (BirthYear == year && (BirthDate is null || date is null || BirthDate == date));
}

/// <summary>A case rows go to: registered already, or to be opened for the rows the file gives it.</summary>
public sealed class PlannedCase(PlannedClient client, string caseKey)
{
    public PlannedClient Client { get; } = client;

    /// <summary>How the file names the case (<see cref="ParsedRow.CaseKey"/>).</summary>
    public string CaseKey { get; } = caseKey;

    public int? ExistingId { get; init; }

    public string? ExistingNumber { get; set; }

    public bool IsNew => ExistingId is null;

    /// <summary>The case's rows in the order they happened.</summary>
    public List<ParsedRow> Rows { get; } = [];

    /// <summary>The consultation each accepted row became when the case was last built.</summary>
    public Dictionary<ParsedRow, Consultation> Consultations { get; } = [];

    public Case? Built { get; set; }

    public int FirstRow => Rows.Count == 0 ? 0 : Rows.Min(r => r.Number);

    public IEnumerable<ParsedRow> AcceptedRows => Rows.Where(r => !r.IsRejected);
}
