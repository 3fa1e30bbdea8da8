using LegalAid.Application.Cases.CaseFile;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Cases;
using MediatR;

namespace LegalAid.Application.Cases.GetCase;

/// <summary>
/// A case file (see <see cref="CaseFileQueries"/>), with its voided items when <paramref name="IncludeVoided"/>, and only
/// the latest consultations when <paramref name="LatestConsultations"/> says how many; every view is audited.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record GetCase(int Id, bool IncludeVoided = false, int? LatestConsultations = null) : IRequest<CaseDto>, IAuditedRequest
{
    public string AuditEntityType => nameof(Case);

    public string? AuditEntityId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class GetCaseHandler(CaseFileQueries caseFiles) : IRequestHandler<GetCase, CaseDto>
{
    public Task<CaseDto> Handle(GetCase request, CancellationToken cancellationToken) => caseFiles.GetAsync(request.Id, request.IncludeVoided, request.LatestConsultations, cancellationToken);
}
