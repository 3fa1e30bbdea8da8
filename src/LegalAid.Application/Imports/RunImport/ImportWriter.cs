using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Imports.Common;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Centres;
using LegalAid.Domain.Common;
using LegalAid.Domain.Imports;
using Microsoft.Extensions.Options;

namespace LegalAid.Application.Imports.RunImport;

/// <summary>
/// Writes the accepted rows of a plan inside the command's one transaction, a chunk of cases at a time, each followed by
/// its rows' source keys: case numbers reserved a year at a time, the new clients, the consultations added to cases
/// already in the app (loaded, changed, saved and let go of), then the new cases with their consultations. Every record is
/// built by the domain and audited as every change is; the new ones are inserted in bulk, untracked
/// (<see cref="IApplicationDbContext.InsertNewAsync"/>).
/// </summary>
public sealed class ImportWriter(IApplicationDbContext db, ImportPlanner planner, ICaseNumberAllocator numbers, ImportProgress progress, IOptions<ImportOptions> options)
{
    private int CasesPerSave => options.Value.CasesPerSave;

    public async Task WriteAsync(DataImport import, ImportPlan plan, Centre centre, Actor actor, CancellationToken cancellationToken)
    {
        var total = plan.Cases.Sum(c => c.Consultations.Count);
        var done = 0;
        progress.Report(import.Id, ImportPhase.Saving, done, total);
        var caseNumbers = await ReserveNumbersAsync(plan, centre, cancellationToken);
        CaseNumber NumberOf(PlannedCase planned, int _) => caseNumbers[planned];

        await db.InsertNewAsync(plan.NewClients.Select(c => c.New!).ToList(), cancellationToken);

        // Saved once at the end, the change tracker would hold every case already there with what was added to it.
        var existing = plan.Cases.Where(c => !c.IsNew && c.Consultations.Count > 0).ToList();
        foreach (var chunk in existing.Chunk(CasesPerSave))
        {
            await planner.BuildAsync(plan, chunk, centre, actor, NumberOf, tracked: true, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            done += await SaveSourceKeysAsync(import, chunk.Where(c => c.Consultations.Count > 0).ToList(), centre, cancellationToken);
            progress.Report(import.Id, ImportPhase.Saving, done, total);
        }

        var newCases = plan.NewCases.ToList();
        await planner.BuildAsync(plan, newCases, centre, actor, NumberOf, tracked: false, cancellationToken);
        foreach (var chunk in newCases.Where(c => c.Consultations.Count > 0).Chunk(CasesPerSave))
        {
            await db.InsertNewAsync(chunk.Select(c => c.Built!).ToList(), cancellationToken);
            done += await SaveSourceKeysAsync(import, chunk, centre, cancellationToken);
            progress.Report(import.Id, ImportPhase.Saving, done, total);
        }
    }

    /// <summary>Records each saved row's source key with where it went; the rows' count.</summary>
    private async Task<int> SaveSourceKeysAsync(DataImport import, IReadOnlyCollection<PlannedCase> cases, Centre centre, CancellationToken cancellationToken)
    {
        await db.InsertNewAsync(cases.SelectMany(c => c.Consultations.Select(row =>
            new ImportedRow(centre.Id, row.Key.SourceKey, import.Id, c.Client.Id, c.Built!.Id, row.Value.Id, row.Key.CaseKey))).ToList(), cancellationToken);
        return cases.Sum(c => c.Consultations.Count);
    }

    /// <summary>The numbers of the new cases, reserved a year at a time, in the order of the file.</summary>
    private async Task<Dictionary<PlannedCase, CaseNumber>> ReserveNumbersAsync(ImportPlan plan, Centre centre, CancellationToken cancellationToken)
    {
        var reserved = new Dictionary<PlannedCase, CaseNumber>();
        foreach (var year in plan.NewCases.GroupBy(c => c.Built!.OpenedOn.Year))
        {
            var first = await numbers.ReserveAsync(centre, year.Key, year.Count(), cancellationToken);
            foreach (var (planned, i) in year.Select((c, i) => (c, i)))
            {
                reserved[planned] = first with { Sequence = first.Sequence + i };
            }
        }

        return reserved;
    }
}
