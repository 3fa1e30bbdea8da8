using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using LegalAid.Application.Audit.Common;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Auditing;
using MediatR;

namespace LegalAid.Application.Audit.FindAuditEntries;

/// <summary>The audit trail, newest first; a coordinator sees only their centre's entries.</summary>
[Authorize(Roles = Roles.Administrator + "," + Roles.Coordinator)]
public sealed record FindAuditEntries(
    string? User = null,
    string? EntityType = null,
    string? EntityId = null,
    AuditAction? Action = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int PageNumber = 1,
    int PageSize = 50) : IRequest<PagedList<AuditEntryItem>>, IPageRequest, IAuditFilter;

public sealed class FindAuditEntriesValidator : AbstractValidator<FindAuditEntries>
{
    public FindAuditEntriesValidator(TimeProvider clock)
    {
        Include(new AuditFilterValidator(clock));
        Include(new PageRequestValidator());
    }
}

public sealed class FindAuditEntriesHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper) : IRequestHandler<FindAuditEntries, PagedList<AuditEntryItem>>
{
    public Task<PagedList<AuditEntryItem>> Handle(FindAuditEntries request, CancellationToken cancellationToken) =>
        db.AuditEntries.Matching(request, user).ProjectTo<AuditEntryItem>(mapper.ConfigurationProvider).ToPagedListAsync(request, cancellationToken);
}
