using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Imports.Common;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Centres;
using LegalAid.Domain.Common;
using LegalAid.Domain.Imports;

namespace LegalAid.Application.Imports.RunImport;

/// <summary>
/// Writes the accepted rows of a plan inside the command's one transaction: case numbers reserved per year at once,
/// the new clients in one save, then the cases with their consultations and the rows' source keys a chunk at a time,
/// each chunk let go of once saved so the change tracker (and the audit of each save) stays small. Every record is
/// created as the domain builds it, and audited as every change is.
/// </summary>
public sealed class ImportWriter(IApplicationDbContext db, ImportPlanner planner, ICaseNumberAllocator numbers, ImportProgress progress)
{
    private const int CasesPerChunk = 1_000;

    public async Task WriteAsync(DataImport import, ImportPlan plan, Centre centre, Actor actor, CancellationToken cancellationToken)
    {
        var total = plan.Cases.Sum(c => c.Consultations.Count);
        progress.Report(import.Id, ImportPhase.Saving, 0, total);
        var caseNumbers = await ReserveNumbersAsync(plan, centre, cancellationToken);

        db.Clients.AddRange(plan.NewClients.Select(c => c.New!));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        await planner.BuildAsync(plan, centre, actor, (planned, _) => caseNumbers[planned], tracked: true, cancellationToken);
        var done = 0;
        foreach (var chunk in plan.Cases.Where(c => c.Consultations.Count > 0).Chunk(CasesPerChunk))
        {
            db.Cases.AddRange(chunk.Where(c => c.IsNew).Select(c => c.Built!));
            await db.SaveChangesAsync(cancellationToken);
            db.ImportedRows.AddRange(chunk.SelectMany(c => c.Consultations.Select(row =>
                new ImportedRow(centre.Id, row.Key.SourceKey, import.Id, c.Client.Id, c.Built!.Id, row.Value.Id, row.Key.CaseKey))));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            done += chunk.Sum(c => c.Consultations.Count);
            progress.Report(import.Id, ImportPhase.Saving, done, total);
        }
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
