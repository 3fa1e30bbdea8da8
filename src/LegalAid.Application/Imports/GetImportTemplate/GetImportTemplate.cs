using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Imports.Common;
using LegalAid.Application.Resources;
using MediatR;

namespace LegalAid.Application.Imports.GetImportTemplate;

/// <summary>
/// The empty import template, its header row in Russian or English (see docs/import.md); as a workbook, with a second
/// sheet of the values the centre's lists accept (its problem categories, channels, lawyers and the fixed choices).
/// </summary>
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

public sealed class GetImportTemplateHandler(IApplicationDbContext db, ICurrentUser currentUser, ITableExporter exporter) : IRequestHandler<GetImportTemplate, ExportedFile>
{
    public async Task<ExportedFile> Handle(GetImportTemplate request, CancellationToken cancellationToken)
    {
        var language = request.Language ?? (ReportLanguage.Current == "en" ? "en" : "ru");
        var headers = ImportTemplate.Headers(language);
        var name = $"legalaid-import-{language}";
        if (request.Format == ExportFormat.Csv)
        {
            return new ExportedFile(name + ".csv", ExportFiles.Csv, exporter.ToCsv(headers, []));
        }

        // An administrator belongs to no centre: their template lists no lawyers. The values are named in the
        // template's language, as its headers are, whatever the coordinator's own.
        var vocabularies = await ImportVocabularies.LoadAsync(db, currentUser.CentreId ?? 0, cancellationToken);
        List<IReadOnlyList<object?>> lists;
        using (ReportLanguage.Use(language))
        {
            lists = [.. ImportTemplate.Lists(vocabularies, language)];
        }

        return new ExportedFile(name + ".xlsx", ExportFiles.Xlsx, await exporter.ToXlsxAsync(
        [
            new ExportSheet(ImportTemplate.SheetName(language), headers, []),
            new ExportSheet(ImportTemplate.ListsSheetName(language), ImportTemplate.ListHeaders(language), lists),
        ], cancellationToken));
    }
}
