using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using LegalAid.Application.Audit.Common;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Audit.ExportAuditEntries;

/// <summary>The filtered audit trail as CSV (at most <see cref="MaxRows"/> rows); the export itself is audited.</summary>
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

    public string? AuditDetails => $"user={User}; entity={EntityType} {EntityId}; action={Action}; from={From:yyyy-MM-dd}; to={To:yyyy-MM-dd}";
}

public sealed class ExportAuditEntriesValidator : AbstractValidator<ExportAuditEntries>
{
    public ExportAuditEntriesValidator(TimeProvider clock) => Include(new AuditFilterValidator(clock));
}

public sealed class ExportAuditEntriesHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper, ITableExporter exporter, TimeProvider clock)
    : IRequestHandler<ExportAuditEntries, ExportedFile>
{
    public async Task<ExportedFile> Handle(ExportAuditEntries request, CancellationToken cancellationToken)
    {
        var rows = await db.AuditEntries.Matching(request, user).ProjectTo<AuditEntryItem>(mapper.ConfigurationProvider).Take(ExportAuditEntries.MaxRows).ToListAsync(cancellationToken);
        return new ExportedFile($"audit-{clock.GetUtcNow():yyyyMMdd-HHmm}.csv", "text/csv; charset=utf-8", exporter.ToCsv(rows));
    }
}
