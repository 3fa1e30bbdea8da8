using FluentValidation;
using LegalAid.Application.Common.Auditing;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Resources;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Domain.Auditing;
using MediatR;

namespace LegalAid.Application.Statistics.ExportStatistics;

public enum ExportFormat
{
    Csv = 1,
    Xlsx = 2,
}

/// <summary>
/// A statistics table as CSV, or every table as one XLSX workbook (no <see cref="Table"/>), for the same
/// filters and by the same query as the dashboard. Each export is audited.
/// </summary>
[Authorize(Roles = Roles.ProgrammeStaff + "," + Roles.Coordinator + "," + Roles.Administrator)]
public sealed record ExportStatistics(StatisticsFilter Filter, string? Table, ExportFormat Format) : IRequest<ExportedFile>, IAuditedRequest
{
    public AuditAction AuditAction => AuditAction.Exported;

    public string AuditEntityType => "Statistics";

    public string? AuditEntityId => Table;

    public string? AuditDetails => AuditedFilters.Describe(new { Filter, Table, Format });
}

public sealed class ExportStatisticsValidator : AbstractValidator<ExportStatistics>
{
    public ExportStatisticsValidator(TimeProvider clock)
    {
        RuleFor(e => e.Filter).SetValidator(new StatisticsFilterValidator(clock));
        RuleFor(e => e.Format).IsInEnum().WithMessage(_ => Messages.InvalidChoice);
        RuleFor(e => e.Table).NotEmpty().When(e => e.Format == ExportFormat.Csv).WithMessage(_ => Messages.Required)
            .Must(table => table is null || StatisticsTables.Keys.Contains(table)).WithMessage(_ => Messages.InvalidChoice);
    }
}

public sealed class ExportStatisticsHandler(StatisticsQueries statistics, ITableExporter exporter) : IRequestHandler<ExportStatistics, ExportedFile>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<ExportedFile> Handle(ExportStatistics request, CancellationToken cancellationToken)
    {
        var report = await statistics.ReportAsync(request.Filter, cancellationToken);
        var tables = request.Table is null ? report.Tables : report.Tables.Where(t => t.Key == request.Table).ToList();
        if (tables.Count == 0)
        {
            throw new NotFoundException("StatisticsTable", request.Table!);
        }

        var name = $"legalaid-{request.Table ?? "statistics"}-{report.Period.From:yyyyMMdd}-{report.Period.To:yyyyMMdd}";
        return request.Format == ExportFormat.Csv
            ? new ExportedFile(name + ".csv", "text/csv; charset=utf-8", exporter.ToCsv(tables[0]))
            : new ExportedFile(name + ".xlsx", Xlsx, exporter.ToXlsx(tables));
    }
}
