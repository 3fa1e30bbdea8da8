using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Imports.Common;
using LegalAid.Application.Resources;
using MediatR;

namespace LegalAid.Application.Imports.GetImportTemplate;

/// <summary>The empty import template, its header row in Russian or English (see docs/import.md).</summary>
[Authorize(Roles = Roles.Coordinator + "," + Roles.Administrator)]
public sealed record GetImportTemplate(ExportFormat Format, string? Language = null) : IRequest<ExportedFile>;

public sealed class GetImportTemplateValidator : AbstractValidator<GetImportTemplate>
{
    public GetImportTemplateValidator()
    {
        RuleFor(t => t.Format).IsInEnum().WithMessage(_ => Messages.InvalidChoice);
        RuleFor(t => t.Language).Must(language => language is null or "ru" or "en").WithMessage(_ => Messages.InvalidChoice);
    }
}

public sealed class GetImportTemplateHandler(ITableExporter exporter) : IRequestHandler<GetImportTemplate, ExportedFile>
{
    public Task<ExportedFile> Handle(GetImportTemplate request, CancellationToken cancellationToken)
    {
        var language = request.Language ?? (ReportLanguage.Current == "en" ? "en" : "ru");
        var headers = ImportTemplate.Headers(language);
        return Task.FromResult(request.Format == ExportFormat.Csv
            ? new ExportedFile($"legalaid-import-{language}.csv", "text/csv; charset=utf-8", exporter.ToCsv(headers, []))
            : new ExportedFile($"legalaid-import-{language}.xlsx", ExportFiles.Xlsx, exporter.ToXlsx("Import", headers, [])));
    }
}
