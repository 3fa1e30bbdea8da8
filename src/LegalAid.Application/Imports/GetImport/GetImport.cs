using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Imports.Common;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Imports;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Imports.GetImport;

/// <summary>
/// An import with its last report: the problems, the values to map (with every item they may be mapped to) and a page
/// of the rows' plans. Reading it is audited: the report tells which registered clients rows were matched to.
/// </summary>
[Authorize(Roles = Roles.Coordinator + "," + Roles.Administrator)]
public sealed record GetImport(int Id, bool OnlyRejected = false, int PageNumber = 1, int PageSize = 100) : IRequest<ImportView>, IPageRequest, IAuditedRequest
{
    public string AuditEntityType => nameof(DataImport);

    public string? AuditEntityId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record ImportView(
    int Id,
    string FileName,
    long SizeBytes,
    string CentreCode,
    ImportStatus Status,
    [property: CentreLocalTime] DateTime UploadedAt,
    string UploadedBy,
    [property: CentreLocalTime] DateTime? CheckedAt,
    [property: CentreLocalTime] DateTime? ImportedAt,
    bool HasFile,
    bool HasRejects,
    ImportProgressState? Progress,
    ImportReport? Report,
    PagedList<ImportRowView> Rows,
    IReadOnlyDictionary<ImportValueKind, IReadOnlyList<MappingChoice>> MappingChoices)
{
    public bool CanBeChecked => Status is ImportStatus.Uploaded or ImportStatus.Checked;

    public bool CanBeImported => Status == ImportStatus.Checked && Report is { Usable: true, Accepted: > 0 };

    /// <summary>Given up before importing: its report says what the check found, not what an import will do.</summary>
    public bool IsDiscarded => Status == ImportStatus.Discarded;
}

/// <summary>A row's plan with its problems.</summary>
public sealed record ImportRowView(ImportRowPlan Plan, IReadOnlyList<ImportProblem> Problems);

public sealed class GetImportValidator : AbstractValidator<GetImport>
{
    public GetImportValidator() => Include(new PageRequestValidator());
}

public sealed class GetImportHandler(IApplicationDbContext db, ImportProgress progress) : IRequestHandler<GetImport, ImportView>
{
    public async Task<ImportView> Handle(GetImport request, CancellationToken cancellationToken)
    {
        var import = await db.DataImports.AsNoTracking()
            .Where(i => i.Id == request.Id)
            .Select(i => new { i.Id, i.FileName, i.SizeBytes, i.CentreId, i.Status, i.UploadedAtUtc, i.UploadedBy, i.CheckedAtUtc, i.ImportedAtUtc, HasFile = i.Content != null, HasRejects = i.Rejects != null, i.Report })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new LegalAid.Application.Common.Exceptions.NotFoundException(nameof(DataImport), request.Id);
        var centre = await db.Centres.AsNoTracking().SingleAsync(c => c.Id == import.CentreId, cancellationToken);
        var report = import.Report is null ? null : ImportReport.FromJson(import.Report);
        var rows = (report?.RowPlans ?? []).Where(r => !request.OnlyRejected || r.Status == ImportRowStatus.Rejected).ToList();
        var page = rows.Skip((request.PageNumber - 1) * request.PageSize).Take(request.PageSize).ToList();
        var shown = page.Select(r => r.Row).ToHashSet();
        var problems = (report?.Problems ?? []).Where(p => shown.Contains(p.Row)).ToLookup(p => p.Row);
        var vocabularies = await ImportVocabularies.LoadAsync(db, import.CentreId, cancellationToken);
        var choices = Enum.GetValues<ImportValueKind>().ToDictionary(kind => kind, kind => (IReadOnlyList<MappingChoice>)[.. vocabularies.Of(kind).Items.Select(item => new MappingChoice(item.Value, item.Label()))]);
        return new ImportView(
            import.Id,
            import.FileName,
            import.SizeBytes,
            centre.Code,
            import.Status,
            centre.ToLocal(import.UploadedAtUtc),
            import.UploadedBy,
            import.CheckedAtUtc is { } checkedAt ? centre.ToLocal(checkedAt) : null,
            import.ImportedAtUtc is { } importedAt ? centre.ToLocal(importedAt) : null,
            import.HasFile,
            import.HasRejects,
            progress.Of(import.Id),
            report is null ? null : report with { RowPlans = [], Problems = [], Unmapped = [.. report.Unmapped.Select(value => AsOffered(value, choices[value.Kind]))] },
            new PagedList<ImportRowView>([.. page.Select(r => new ImportRowView(r, [.. problems[r.Row]]))], request.PageNumber, request.PageSize, rows.Count),
            choices);
    }

    /// <summary>
    /// The value's suggestions as the choices are labelled, in the reader's language (the report keeps the language of
    /// whoever checked the file), leaving out any no longer offered (a lawyer since deactivated).
    /// </summary>
    private static UnmappedValue AsOffered(UnmappedValue value, IReadOnlyList<MappingChoice> choices) =>
        value with { Suggestions = [.. value.Suggestions.Select(suggested => choices.FirstOrDefault(choice => choice.Id == suggested.Id)).OfType<MappingChoice>()] };
}
