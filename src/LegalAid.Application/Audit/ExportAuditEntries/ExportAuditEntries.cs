using System.Globalization;
using FluentValidation;
using LegalAid.Application.Audit.Common;
using LegalAid.Application.Common.Auditing;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
using MediatR;

namespace LegalAid.Application.Audit.ExportAuditEntries;

/// <summary>
/// The filtered audit trail as CSV (at most <see cref="MaxRows"/> rows), as the reader sees it on the page; the export
/// itself is audited with every filter it was given.
/// </summary>
[Authorize(Roles = Roles.Administrator + "," + Roles.Coordinator)]
public sealed record ExportAuditEntries(
    string? User = null,
    string? EntityType = null,
    string? EntityId = null,
    AuditAction? Action = null,
    DateOnly? From = null,
    DateOnly? To = null) : IRequest<ExportedFile>, IAuditFilter, IAuditedRequest
{
    public const int MaxRows = 100_000;

    public AuditAction AuditAction => AuditAction.Exported;

    public string AuditEntityType => nameof(AuditEntry);

    public string? AuditEntityId => null;

    public string? AuditDetails => AuditedFilters.Describe<IAuditFilter>(this);
}

/// <summary>One line of the CSV: the entry's changes as "field: before → after", personal values as the page shows them.</summary>
public sealed record AuditCsvRow(
    long Id, string OccurredAt, string TimesAt, string? UserName, AuditAction Action, string EntityType, string? EntityId,
    int? CentreId, string? IpAddress, string Changes, string? Details, PersonalValuesState PersonalValues);

public sealed class ExportAuditEntriesValidator : AbstractValidator<ExportAuditEntries>
{
    public ExportAuditEntriesValidator(TimeProvider clock) => Include(new AuditFilterValidator(clock));
}

public sealed class ExportAuditEntriesHandler(AuditTrailQueries trail, ITableExporter exporter)
    : IRequestHandler<ExportAuditEntries, ExportedFile>
{
    public async Task<ExportedFile> Handle(ExportAuditEntries request, CancellationToken cancellationToken)
    {
        var list = await trail.ListAsync(request, ExportAuditEntries.MaxRows, cancellationToken);
        var rows = list.Entries.Select(e => new AuditCsvRow(
            e.Id, e.OccurredAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), list.TimesAt.ToString(), e.UserName, e.Action, e.EntityType, e.EntityId,
            e.CentreId, e.IpAddress, string.Join("; ", e.Changes.Select(Describe)), e.Details, e.PersonalValues));
        return new ExportedFile($"audit-{list.ReadAt:yyyyMMdd-HHmm}.csv", "text/csv; charset=utf-8", exporter.ToCsv(rows));
    }

    private static string Describe(AuditChangeItem change) =>
        change is { IsPersonal: true, Before: null, After: null } ? $"{change.Field}: …" : $"{change.Field}: {change.Before} → {change.After}";
}
