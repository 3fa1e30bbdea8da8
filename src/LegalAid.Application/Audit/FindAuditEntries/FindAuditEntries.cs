using FluentValidation;
using LegalAid.Application.Audit.Common;
using LegalAid.Application.Common.Auditing;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Auditing;
using MediatR;

namespace LegalAid.Application.Audit.FindAuditEntries;

/// <summary>
/// The audit trail, newest first, times at the reader's centre; a coordinator sees only their centre's entries, with the
/// personal values of their own clients. Reading it is audited, with its filters.
/// </summary>
[Authorize(Roles = Roles.Administrator + "," + Roles.Coordinator)]
public sealed record FindAuditEntries(
    string? User = null,
    string? EntityType = null,
    string? EntityId = null,
    AuditAction? Action = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int PageNumber = 1,
    int PageSize = 50) : IRequest<AuditTrailPage>, IPageRequest, IAuditFilter, IAuditedRequest
{
    public string AuditEntityType => nameof(AuditEntry);

    public string? AuditEntityId => null;

    public string? AuditDetails => AuditedFilters.Describe<IAuditFilter>(this);
}

public sealed class FindAuditEntriesValidator : AbstractValidator<FindAuditEntries>
{
    public FindAuditEntriesValidator(TimeProvider clock)
    {
        Include(new AuditFilterValidator(clock));
        Include(new PageRequestValidator());
    }
}

public sealed class FindAuditEntriesHandler(AuditTrailQueries trail) : IRequestHandler<FindAuditEntries, AuditTrailPage>
{
    public Task<AuditTrailPage> Handle(FindAuditEntries request, CancellationToken cancellationToken) =>
        trail.FindAsync(request, request, cancellationToken);
}
