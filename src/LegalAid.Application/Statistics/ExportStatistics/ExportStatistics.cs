using FluentValidation;
using LegalAid.Application.Common.Auditing;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Domain.Auditing;
using MediatR;

namespace LegalAid.Application.Statistics.ExportStatistics;

/// <summary>
/// A statistics table as CSV (comma- or semicolon-separated), or everything the dashboard shows as one XLSX workbook
/// (no <see cref="Table"/>) that says what it covers: period, filters, when the figures were read, who exported them.
/// Same filters and same query as the dashboard. Each export is audited.
/// </summary>
[Authorize(Roles = Roles.ProgrammeStaff + "," + Roles.Coordinator + "," + Roles.Administrator)]
public sealed record ExportStatistics(StatisticsFilter Filter, string? Table, ExportFormat Format, CsvSeparator Separator = CsvSeparator.Comma)
    : IRequest<ExportedFile>, IAuditedRequest
{
    public AuditAction AuditAction => AuditAction.Exported;

    public string AuditEntityType => "Statistics";

    public string? AuditEntityId => Table;

    public string? AuditDetails => AuditedFilters.Describe(new { Filter, Table, Format });
}

public sealed class ExportStatisticsValidator : AbstractValidator<ExportStatistics>
{
    public ExportStatisticsValidator(TimeProvider clock, ICurrentUser user, IApplicationDbContext db)
    {
        RuleFor(e => e.Filter).SetValidator(new StatisticsFilterValidator(clock, user, db));
        RuleFor(e => e.Format).IsInEnum().WithChoiceMessage();
        RuleFor(e => e.Separator).IsInEnum().WithChoiceMessage();
        RuleFor(e => e.Table).NotEmpty().When(e => e.Format == ExportFormat.Csv).WithRequiredMessage()
            .Must(table => table is null || StatisticsWorkbook.Keys.Contains(table)).WithChoiceMessage();
    }
}

internal sealed class ExportStatisticsHandler(
    StatisticsQueries statistics, FilterInWords filters, ITableExporter exporter, IActorContext actors, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ExportStatistics, ExportedFile>
{
    public async Task<ExportedFile> Handle(ExportStatistics request, CancellationToken cancellationToken)
    {
        var report = await statistics.ReportAsync(request.Filter, cancellationToken);
        var name = $"legalaid-{request.Table ?? "statistics"}-{report.Period.From:yyyyMMdd}-{report.Period.To:yyyyMMdd}";
        if (request.Format == ExportFormat.Csv)
        {
            var table = StatisticsWorkbook.Tables(report).SingleOrDefault(t => t.Key == request.Table)
                ?? throw new NotFoundException("StatisticsTable", request.Table!);
            return new ExportedFile(name + ".csv", ExportFiles.Csv, exporter.ToCsv(table, request.Separator));
        }

        var zone = (await actors.HomeCentreAsync(cancellationToken)).TimeZone;
        var workbook = StatisticsWorkbook.Of(report, await filters.DescribeAsync(request.Filter, cancellationToken), zone, clock.GetUtcNow(), user.UserName ?? string.Empty);
        return new ExportedFile(name + ".xlsx", ExportFiles.Xlsx, await exporter.ToXlsxAsync(workbook, cancellationToken));
    }
}
