using System.Globalization;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using LegalAid.Application.Cases.CaseFile;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.GetCaseReport;

/// <summary>
/// The case report as a PDF in Russian, Kyrgyz or English, by default in the client's language (see
/// <see cref="ReportLanguage.ForClient"/>); the same centre scope as the case page, and audited.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record GetCaseReport(int Id, string? Language = null) : IRequest<ExportedFile>, IAuditedRequest
{
    public AuditAction AuditAction => AuditAction.ReportGenerated;

    public string AuditEntityType => nameof(Case);

    public string? AuditEntityId => Id.ToString(CultureInfo.InvariantCulture);

    public string? AuditDetails => $"language={Language ?? "client"}";
}

public sealed class GetCaseReportValidator : AbstractValidator<GetCaseReport>
{
    public GetCaseReportValidator() =>
        RuleFor(r => r.Language).Must(language => language is null || ReportLanguage.IsKnown(language)).WithChoiceMessage();
}

public sealed class GetCaseReportHandler(
    CaseFileQueries caseFiles,
    IApplicationDbContext db,
    IMapper mapper,
    IReportRenderer renderer,
    TimeProvider clock) : IRequestHandler<GetCaseReport, ExportedFile>
{
    public async Task<ExportedFile> Handle(GetCaseReport request, CancellationToken cancellationToken)
    {
        var found = await caseFiles.GetAsync(request.Id, includeVoided: false, latestConsultations: null, cancellationToken);
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == found.ClientId)
            .ProjectTo<CaseReportClient>(mapper.ConfigurationProvider)
            .SingleAsync(cancellationToken);

        var language = request.Language ?? ReportLanguage.ForClient(found.ClientPreferredLanguage);
        ReportDocument document;
        using (ReportLanguage.Use(language))
        {
            document = CaseReport.Compose(found, client, clock.GetUtcNow());
        }

        return new ExportedFile($"{found.Number}-{language}.pdf", "application/pdf", renderer.Render(document));
    }
}
