using System.Globalization;
using FluentValidation;
using LegalAid.Application.Common.Auditing;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Imports.Common;
using LegalAid.Application.Resources;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Imports;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Imports.RunImport;

/// <summary>
/// Imports a checked file in one transaction: all of it when nothing is wrong, or, when the user chooses to skip them,
/// all but the rejected rows, which stay downloadable. The file is read and checked again first (records may have
/// changed since the check). Rows imported by an earlier file are skipped, so importing a file again creates nothing.
/// The import is audited once with what it did, and what it creates is audited as any change is.
/// </summary>
/// <param name="SkipRejected">Whether to import the other rows when some are rejected; left out, a file with a rejected row imports nothing.</param>
[Authorize(Roles = Roles.Coordinator + "," + Roles.Administrator)]
public sealed record RunImport(int Id, bool SkipRejected = false) : ICommand<ImportReport>;

public sealed class RunImportHandler(
    IApplicationDbContext db,
    ImportPlanner planner,
    ImportWriter writer,
    ITableExporter exporter,
    IActorContext actors,
    ICurrentUser currentUser,
    IAuditTrail audit,
    ImportProgress progress)
    : IRequestHandler<RunImport, ImportReport>
{
    public async Task<ImportReport> Handle(RunImport request, CancellationToken cancellationToken)
    {
        var import = await db.FindImportAsync(request.Id, cancellationToken);
        if (import.Status != ImportStatus.Checked)
        {
            throw InvalidRequestException.For(string.Empty, import.CanBeChecked ? Messages.ImportNotChecked : Messages.ImportClosed);
        }

        try
        {
            var plan = await planner.PlanAsync(import, import.Content!, cancellationToken);
            Refuse(plan, request.SkipRejected);
            var centre = await db.Centres.AsNoTracking().SingleAsync(c => c.Id == import.CentreId, cancellationToken);
            var actor = actors.At(centre);
            await writer.WriteAsync(import, plan, centre, actor, cancellationToken);

            var report = ImportReport.From(plan, imported: true);
            import = await db.FindImportAsync(request.Id, cancellationToken);
            import.RecordImport(report.ToJson(), ImportChecker.RejectsOf(plan, exporter), currentUser.UserName ?? string.Empty, actor.NowUtc);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditEvent(AuditAction.Imported, nameof(DataImport), import.Id.ToString(CultureInfo.InvariantCulture), Details(import, report, request), CentreId: centre.Id), cancellationToken);
            return report;
        }
        finally
        {
            progress.Finish(request.Id);
        }
    }

    private static void Refuse(ImportPlan plan, bool skipRejected)
    {
        if (!plan.IsUsable)
        {
            throw InvalidRequestException.For(nameof(DataImport.Content), string.Join(" ", plan.FileProblems.Select(p => p.Message)));
        }

        if (plan.Rejected.Count() is > 0 and var rejected && !skipRejected)
        {
            throw InvalidRequestException.For(nameof(RunImport.SkipRejected), string.Format(CultureInfo.CurrentCulture, Messages.ImportHasRejectedRows, rejected));
        }
    }

    private static string Details(DataImport import, ImportReport report, RunImport request) => string.Create(CultureInfo.InvariantCulture,
        $"file={KeptPairValue.Escape(import.FileName)}; sha256={import.Sha256}; rows={report.Rows}; consultations={report.Consultations}; newClients={report.NewClients}; existingClients={report.ExistingClients}; newCases={report.NewCases}; existingCases={report.ExistingCases}; alreadyImported={report.AlreadyImported}; rejected={report.Rejected}; skipRejected={request.SkipRejected}");
}
