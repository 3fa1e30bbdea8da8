using System.Globalization;
using LegalAid.Application.Clients.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Localisation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Resources;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Centres;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Common;
using LegalAid.Domain.Consultations;
using LegalAid.Domain.Imports;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Imports.Common;

/// <summary>
/// Turns a file into an <see cref="ImportPlan"/>, asking the database a handful of times whatever the file's size:
/// the centre's lists and mappings, its clients' duplicate keys, the rows imported before, the cases rows name.
/// <list type="number">
/// <item>Each row is read (<see cref="RowReader"/>); a row imported before (its source key is known) is skipped; a row
/// repeating an earlier row of the file is rejected.</item>
/// <item>Rows naming the same person (names and date of birth as written) share a client, checked once, from their
/// first row, by the registration form's rules, and matched to the centre's clients and the file's earlier ones by the
/// duplicate rules of registration: one person of the same name (in any spelling, either order) whose date of birth
/// does not differ is that client; nobody is a new client; anything else is a possible duplicate the rows settle in
/// their client id column (a registered client's id, or "new").</item>
/// <item>Each row goes to a case: the app's case number it gives (a number that is no case of the centre's, or a case
/// of another client, rejects the row), the case its case reference (or, without one, its problem category) went to in
/// an earlier file, or a new case of its client opened on its first consultation, in the charge of that consultation's
/// lawyer, closed on the date of the last row that gives an outcome.</item>
/// <item>Every case is built by the domain's own rules, again until nothing more is refused, so that what they refuse
/// rejects its row here and never midway through an import.</item>
/// </list>
/// </summary>
public sealed class ImportPlanner(IApplicationDbContext db, ISpreadsheetReader reader, IActorContext actors, TimeProvider clock, ImportProgress progress)
{
    public const int MaxRows = 200_000;

    private const int ProgressEvery = 2_000;

    private static readonly ImportField[] ClientFields =
    [
        ImportField.ClientId, ImportField.FamilyName, ImportField.GivenName, ImportField.Patronymic, ImportField.LatinName, ImportField.Sex,
        ImportField.DateOfBirth, ImportField.Citizenship, ImportField.Phone, ImportField.MessengerContact, ImportField.RegionOfOrigin,
        ImportField.PreferredLanguage, ImportField.ConsentGivenOn,
    ];

    public async Task<ImportPlan> PlanAsync(DataImport import, byte[] content, CancellationToken cancellationToken)
    {
        progress.Report(import.Id, ImportPhase.Reading, 0, 0);
        var table = Read(import.FileName, content, out var unreadable);
        var plan = new ImportPlan(new SpreadsheetInfo(table?.Format ?? string.Empty, table?.Encoding, table?.Separator));
        if (table is null)
        {
            plan.FileProblems.Add(unreadable!);
            return plan;
        }

        plan.Columns = new ColumnMap(table.Headers);
        plan.FileProblems.AddRange(plan.Columns.Problems);
        if (table.Rows.Count > MaxRows)
        {
            plan.FileProblems.Add(ImportProblem.Of(0, null, ImportProblems.TooManyRows, MaxRows.ToString("N0", CultureInfo.CurrentCulture)));
        }

        if (!plan.IsUsable)
        {
            return plan;
        }

        var centre = await db.Centres.AsNoTracking().SingleAsync(c => c.Id == import.CentreId, cancellationToken);
        var actor = actors.At(centre);
        var vocabularies = plan.Vocabularies = await ImportVocabularies.LoadAsync(db, centre.Id, cancellationToken);
        var rows = new RowReader(plan.Columns, vocabularies, centre.Id, actor.Today);
        foreach (var source in table.Rows.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))))
        {
            plan.Rows.Add(rows.Read(source));
            if (plan.Rows.Count % ProgressEvery == 0)
            {
                progress.Report(import.Id, ImportPhase.Checking, plan.Rows.Count, table.Rows.Count);
            }
        }

        plan.Unmapped = rows.Unmapped;
        await SkipRowsImportedBeforeAsync(plan, centre.Id, cancellationToken);
        RejectRepeatedRows(plan);
        await MatchClientsAsync(plan, centre, actor, cancellationToken);
        await PlanCasesAsync(plan, centre, cancellationToken);
        int rejected;
        do
        {
            rejected = plan.Rejected.Count();
            await BuildAsync(plan, plan.Cases, centre, actor, (_, year) => new CaseNumber(centre.Code, year, 0), tracked: false, cancellationToken);
        }
        while (plan.Rejected.Count() != rejected);

        progress.Report(import.Id, ImportPhase.Checking, table.Rows.Count, table.Rows.Count);
        return plan;
    }

    /// <summary>
    /// Builds these cases of the plan with their accepted rows by the domain's rules, rejecting the rows those refuse: a
    /// new case as <see cref="Case"/> itself opens one (numbered by <paramref name="number"/>), a case already in the app
    /// as loaded (tracked, to be saved, or not).
    /// </summary>
    public async Task BuildAsync(ImportPlan plan, IReadOnlyCollection<PlannedCase> cases, Centre centre, Actor actor, Func<PlannedCase, int, CaseNumber> number, bool tracked, CancellationToken cancellationToken)
    {
        var existingIds = cases.Where(c => !c.IsNew).Select(c => c.ExistingId!.Value).ToList();
        // What logging a consultation and closing check: the history, the consultations, the deadlines still to do.
        var stored = db.Cases.Include(c => c.History).Include(c => c.Consultations).Include(c => c.Deadlines.Where(d => !d.IsDone))
            .Where(c => EF.Parameter(existingIds).Contains(c.Id));
        var existing = existingIds.Count == 0 ? [] : await (tracked ? stored : stored.AsNoTracking()).ToDictionaryAsync(c => c.Id, cancellationToken);
        foreach (var planned in cases)
        {
            planned.Consultations.Clear();
            var rows = planned.AcceptedRows.ToList();
            planned.Built = rows.Count == 0 ? null : planned.IsNew ? Open(plan.Columns!, planned, rows, centre, actor, number) : existing[planned.ExistingId!.Value];
            if (planned.Built is not { } built)
            {
                continue;
            }

            foreach (var row in rows)
            {
                TryDomainRule(plan.Columns!, row, () => planned.Consultations[row] = built.LogConsultation(DetailsOf(row, centre), actor));
            }

            // A case that cannot close as the file says is not imported in part: its rows wait for the file to be put right.
            // A file records a closing that happened, so a hearing still listed ahead is not the file's to confirm.
            if (planned.AcceptedRows.LastOrDefault(r => r.Outcome is not null) is { } closing
                && !TryDomainRule(plan.Columns!, closing, () => built.Close(closing.Outcome, closing.ClosedOn!.Value, Money.Zero(), actor, hearingConfirmed: true)))
            {
                RejectAll(planned.AcceptedRows, closing.Problems[^1]);
                planned.Consultations.Clear();
            }
        }

        foreach (var client in plan.Clients)
        {
            client.HasAcceptedRows = false;
        }

        foreach (var planned in plan.Cases.Where(c => c.Consultations.Count > 0))
        {
            planned.Client.HasAcceptedRows = true;
        }
    }

    private SpreadsheetTable? Read(string fileName, byte[] content, out ImportProblem? problem)
    {
        problem = null;
        try
        {
            return reader.Read(fileName, content, MaxRows);
        }
        catch (UnreadableSpreadsheetException e)
        {
            problem = ImportProblem.Of(0, null, $"ImportUnreadable{e.Reason}", e.Detail ?? string.Empty);
            return null;
        }
    }

    private async Task SkipRowsImportedBeforeAsync(ImportPlan plan, int centreId, CancellationToken cancellationToken)
    {
        var keys = plan.Rows.Select(r => r.SourceKey).Distinct().ToList();
        var known = (await db.ImportedRows.Where(r => r.CentreId == centreId && EF.Parameter(keys).Contains(r.SourceKey)).Select(r => r.SourceKey).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        plan.AlreadyImported.UnionWith(plan.Rows.Where(r => known.Contains(r.SourceKey)));
    }

    private static void RejectRepeatedRows(ImportPlan plan)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in plan.Rows.Where(r => !plan.AlreadyImported.Contains(r)))
        {
            if (!first.TryAdd(row.SourceKey, row.Number))
            {
                row.Reject(null, ImportProblems.DuplicateRow, first[row.SourceKey].ToString(CultureInfo.CurrentCulture));
            }
        }
    }

    private async Task MatchClientsAsync(ImportPlan plan, Centre centre, Actor actor, CancellationToken cancellationToken)
    {
        var refused = (await db.Clients.Where(c => c.CentreId == centre.Id).Where(NewWork.Refused).Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
        var registered = await db.Clients.AsNoTracking().Where(c => c.CentreId == centre.Id)
            .Select(c => new { c.Id, c.FamilyNameKey, c.GivenNameKey, c.BirthYear, c.BirthDate, c.Phone })
            .ToListAsync(cancellationToken);
        var index = new DuplicateIndex<PlannedClient>();
        var byId = new Dictionary<int, PlannedClient>();
        foreach (var client in registered)
        {
            var known = new PlannedClient { ExistingId = client.Id, BirthYear = client.BirthYear, BirthDate = client.BirthDate, MayNotBeServed = refused.Contains(client.Id) };
            byId[client.Id] = known;
            index.Add(known, new DuplicateKeys(client.FamilyNameKey, client.GivenNameKey, client.BirthDate, client.Phone));
        }

        var validator = new ClientFieldsValidator(clock);
        var clientColumns = ClientFields.Select(plan.Columns!.Header).ToHashSet(StringComparer.Ordinal);
        foreach (var person in plan.Rows.Where(r => !plan.AlreadyImported.Contains(r)).GroupBy(r => r.ClientIdentity))
        {
            var rows = person.ToList();
            var first = rows[0];
            var planned = Describe(first, validator, plan.Columns, clientColumns, centre, actor) is { } client ? Choose(plan, rows, client, byId, index) : null;
            if (planned is { MayNotBeServed: true, ExistingId: { } id })
            {
                RejectAll(rows, ImportProblem.Of(0, plan.Columns!.Header(ImportField.ClientId), ImportProblems.ClientNotServed, id.ToString(CultureInfo.InvariantCulture)));
                planned = null;
            }

            foreach (var row in rows)
            {
                row.Client = planned;
                if (planned is null && !row.Problems.Any(p => clientColumns.Contains(p.Column ?? string.Empty)
                    || p.Code is ImportProblems.PossibleDuplicateClient or ImportProblems.ClientNotServed))
                {
                    row.Reject(null, ImportProblems.ClientRejected, first.Number.ToString(CultureInfo.CurrentCulture));
                }
            }
        }
    }

    /// <summary>The new client the row describes, checked as the registration form checks one; null (with problems) when it is not valid.</summary>
    private static Client? Describe(ParsedRow row, ClientFieldsValidator validator, ColumnMap columns, HashSet<string> clientColumns, Centre centre, Actor actor)
    {
        var failures = validator.Validate(row.Person).Errors;
        var messages = failures.Count == 0 ? [] : ImportProblem.InEachLanguage(() => validator.Validate(row.Person).Errors.Select(f => f.ErrorMessage).ToList());
        foreach (var (failure, index) in failures.Select((failure, index) => (failure, index)))
        {
            var column = columns.Header(FieldOf(failure.PropertyName));
            if (!row.HasProblemIn(column))
            {
                row.Reject(column, ImportProblems.InvalidValueInEachLanguage, [.. messages.Select(inLanguage => inLanguage[index])]);
            }
        }

        if (row.Problems.Any(p => clientColumns.Contains(p.Column ?? string.Empty)))
        {
            return null;
        }

        try
        {
            return new Client(row.Person.ToDetails(actor.Today), centre.Id, actor.NowUtc);
        }
        catch (DomainException e)
        {
            row.Reject(columns.Header(FieldOf(e.Field)), e);
            return null;
        }
    }

    /// <summary>The registered or new client the rows of one person belong to; null, rows rejected, when that is for them to say.</summary>
    private static PlannedClient? Choose(ImportPlan plan, List<ParsedRow> rows, Client client, Dictionary<int, PlannedClient> byId, DuplicateIndex<PlannedClient> index)
    {
        var choice = rows.Select(r => r.ClientChoice).FirstOrDefault(c => c.Length > 0) ?? string.Empty;
        if (int.TryParse(choice, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            if (byId.TryGetValue(id, out var chosen))
            {
                return chosen;
            }

            RejectAll(rows, ImportProblem.Of(0, plan.Columns!.Header(ImportField.ClientId), ImportProblems.UnknownClient, choice));
            return null;
        }

        var keys = DuplicateKeys.Of(client);
        if (!RowReader.MeansNewClient(choice))
        {
            var matches = index.Find(keys);
            if (matches is [{ ByName: true } only] && only.Person.BornAsStated(client.BirthYear, client.BirthDate))
            {
                return only.Person;
            }

            if (matches.Count > 0)
            {
                var registered = string.Join(", ", matches.Where(m => !m.Person.IsNew).Select(m => m.Person.ExistingId!.Value.ToString(CultureInfo.CurrentCulture)));
                var earlier = string.Join(", ", matches.Where(m => m.Person.IsNew).Select(m => m.Person.FirstRow.ToString(CultureInfo.CurrentCulture)));
                RejectAll(rows, ImportProblem.Of(0, plan.Columns!.Header(ImportField.ClientId), ImportProblems.PossibleDuplicateClient,
                    registered.Length > 0 ? registered : "—", earlier.Length > 0 ? earlier : "—"));
                return null;
            }
        }

        var created = new PlannedClient { New = client, BirthYear = client.BirthYear, BirthDate = client.BirthDate, FirstRow = rows[0].Number };
        index.Add(created, keys);
        plan.Clients.Add(created);
        return created;
    }

    private async Task PlanCasesAsync(ImportPlan plan, Centre centre, CancellationToken cancellationToken)
    {
        var rows = plan.Rows.Where(r => !r.IsRejected && !plan.AlreadyImported.Contains(r) && r.Client is not null).ToList();
        var centreCodes = await db.Centres.AsNoTracking().Select(c => c.Code).ToListAsync(cancellationToken);
        var caseNumbers = rows.Select(r => r.CaseReference).Distinct()
            .ToDictionary(reference => reference, reference => CaseNumber.Read(reference) is { } number && centreCodes.Contains(number.CentreCode) ? number.ToString() : null);
        var numbers = caseNumbers.Values.OfType<string>().Distinct().ToList();
        var numbered = await db.Cases.AsNoTracking().Where(c => c.CentreId == centre.Id && EF.Parameter(numbers).Contains(c.Number))
            .Select(c => new { c.Id, c.Number, c.ClientId }).ToDictionaryAsync(c => c.Number, StringComparer.Ordinal, cancellationToken);
        var clientIds = rows.Where(r => !r.Client!.IsNew).Select(r => r.Client!.Id).Distinct().ToList();
        var earlier = (await db.ImportedRows.Where(r => r.CentreId == centre.Id && EF.Parameter(clientIds).Contains(r.ClientId))
                .Select(r => new { r.ClientId, r.CaseKey, r.CaseId }).Distinct().ToListAsync(cancellationToken))
            .GroupBy(r => (r.ClientId, r.CaseKey)).ToDictionary(g => g.Key, g => g.Max(r => r.CaseId));

        var cases = new Dictionary<(PlannedClient? Client, string Key), PlannedCase>();
        foreach (var row in rows)
        {
            var client = row.Client!;
            int? existingId = null;
            var caseNumber = caseNumbers[row.CaseReference];
            if (caseNumber is not null && numbered.TryGetValue(caseNumber, out var byNumber))
            {
                if (client.IsNew || byNumber.ClientId != client.Id)
                {
                    row.Reject(plan.Columns!.Header(ImportField.CaseReference), ImportProblems.CaseOfAnotherClient, byNumber.Number);
                    continue;
                }

                existingId = byNumber.Id;
            }
            else if (!client.IsNew && earlier.TryGetValue((client.Id, row.CaseKey), out var imported))
            {
                existingId = imported;
            }
            else if (caseNumber is not null)
            {
                // Another centre's case reads exactly as a case that does not exist.
                row.Reject(plan.Columns!.Header(ImportField.CaseReference), ImportProblems.UnknownCase, row.CaseReference);
                continue;
            }

            var key = existingId is { } caseId ? (null, caseId.ToString(CultureInfo.InvariantCulture)) : (client, row.CaseKey);
            if (!cases.TryGetValue(key, out var planned))
            {
                cases[key] = planned = new PlannedCase(client, row.CaseKey) { ExistingId = existingId };
            }

            planned.Rows.Add(row);
        }

        var existingIds = cases.Values.Where(c => !c.IsNew).Select(c => c.ExistingId!.Value).ToList();
        var existingNumbers = await db.Cases.AsNoTracking().Where(c => EF.Parameter(existingIds).Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number, cancellationToken);
        foreach (var planned in cases.Values)
        {
            planned.Rows.Sort((a, b) => (a.HeldAt, a.Number).CompareTo((b.HeldAt, b.Number)));
            planned.ExistingNumber = planned.ExistingId is { } id ? existingNumbers[id] : null;
        }

        plan.Cases.AddRange(cases.Values.OrderBy(c => c.FirstRow));
    }

    private static Case? Open(ColumnMap columns, PlannedCase planned, List<ParsedRow> rows, Centre centre, Actor actor, Func<PlannedCase, int, CaseNumber> number)
    {
        var first = rows[0];
        var openedOn = DateOnly.FromDateTime(first.HeldAt!.Value);
        var categories = rows.Select(r => r.CategoryId!.Value).Distinct().ToList();
        try
        {
            return new Case(number(planned, openedOn.Year), planned.Client.Id, centre.Id, first.LawyerId!.Value, openedOn,
                new CaseDetails(categories[0], categories.Skip(1).ToList(), null, null, null), actor);
        }
        catch (DomainException e)
        {
            RejectAll(rows, ImportProblem.Broken(0, ColumnOf(columns, e.Field), e));
            return null;
        }
    }

    private static ConsultationDetails DetailsOf(ParsedRow row, Centre centre) => new(
        centre.MomentOf(row.HeldAt!.Value),
        row.Channel!.Value,
        row.LawyerId!.Value,
        row.DurationMinutes!.Value,
        [row.CategoryId!.Value],
        ConsultationActions.None,
        row.Summary,
        null);

    private static bool TryDomainRule(ColumnMap columns, ParsedRow row, Action rule)
    {
        try
        {
            rule();
            return true;
        }
        catch (DomainException e)
        {
            row.Reject(ColumnOf(columns, e.Field), e);
            return false;
        }
    }

    /// <summary>The file's column of the field a rule of a case or consultation names; null when it names none of them.</summary>
    private static string? ColumnOf(ColumnMap columns, string? field) => field switch
    {
        "HeldAt" or nameof(Case.OpenedOn) => columns.Header(ImportField.ConsultationDate),
        _ when Enum.TryParse<ImportField>(field, out var column) => columns.Header(column),
        _ => null,
    };

    private static void RejectAll(IEnumerable<ParsedRow> rows, ImportProblem problem)
    {
        foreach (var row in rows.ToList())
        {
            if (!row.Problems.Any(p => p.Code == problem.Code && p.Column == problem.Column))
            {
                row.Problems.Add(problem with { Row = row.Number });
            }
        }
    }

    /// <summary>The template field a validation failure names (the registration form's property names).</summary>
    private static ImportField FieldOf(string property) => property switch
    {
        nameof(ImportedClientFields.BirthYear) => ImportField.DateOfBirth,
        nameof(ImportedClientFields.ConsentScopes) => ImportField.ConsentGivenOn,
        _ when Enum.TryParse<ImportField>(property, out var field) => field,
        _ => ImportField.FamilyName,
    };
}
