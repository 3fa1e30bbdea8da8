using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Resources;
using LegalAid.Domain.Imports;

namespace LegalAid.Application.Imports.Common;

/// <summary>
/// Checks an uploaded file (a dry run: nothing but the import's report changes) and keeps what it found: the report,
/// and the rejected rows as a file to put right and import again.
/// </summary>
public sealed class ImportChecker(IApplicationDbContext db, ImportPlanner planner, ITableExporter exporter, TimeProvider clock, ImportProgress progress)
{
    public async Task<ImportReport> CheckAsync(DataImport import, CancellationToken cancellationToken)
    {
        try
        {
            var plan = await planner.PlanAsync(import, import.Content!, cancellationToken);
            var report = ImportReport.From(plan, imported: false);
            import.RecordCheck(report.ToJson(), RejectsOf(plan, exporter), clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            return report;
        }
        finally
        {
            progress.Finish(import.Id);
        }
    }

    /// <summary>The rejected rows as the file had them, with a last column saying what is wrong (in the reader's language); null when none.</summary>
    public static byte[]? RejectsOf(ImportPlan plan, ITableExporter exporter)
    {
        var rejected = plan.Rejected.ToList();
        if (rejected.Count == 0 || plan.Columns is null)
        {
            return null;
        }

        var width = plan.Columns.Headers.Count;
        return exporter.ToCsv(
            [.. plan.Columns.Headers, Messages.ImportProblemsColumn],
            rejected.Select(row => (IReadOnlyList<object?>)[.. Enumerable.Range(0, width).Select(i => (object?)row.Source[i]), string.Join("; ", row.Problems.Select(Describe))]));
    }

    private static string Describe(ImportProblem problem) => problem.Column is null ? problem.Message : $"{problem.Column}: {problem.Message}";
}
