using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Clients;
using MediatR;

namespace LegalAid.Application.Clients.FindClients;

/// <summary>Finds clients by any part of a name (Cyrillic or Latin), date of birth or phone.</summary>
[Authorize(Roles = Roles.CaseWork)]
public sealed record FindClients(
    string? Query = null,
    DateOnly? DateOfBirth = null,
    string? Phone = null,
    int? CentreId = null,
    int PageNumber = 1,
    int PageSize = 20) : IRequest<PagedList<ClientListItem>>, IPageRequest, IAuditedRequest
{
    public AuditAction AuditAction => AuditAction.Searched;

    public string AuditEntityType => nameof(Client);

    public string? AuditEntityId => null;

    public string? AuditDetails => $"query={Query}; dateOfBirth={DateOfBirth:yyyy-MM-dd}; phone={Phone}; page={PageNumber}";
}

public sealed class FindClientsValidator : AbstractValidator<FindClients>
{
    public FindClientsValidator()
    {
        RuleFor(q => q.Query).FreeText(200);
        RuleFor(q => q.Phone).FreeText(Client.PhoneMaxLength);
        Include(new PageRequestValidator());
    }
}

public sealed class FindClientsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<FindClients, PagedList<ClientListItem>>
{
    public Task<PagedList<ClientListItem>> Handle(FindClients request, CancellationToken cancellationToken)
    {
        var clients = db.Clients.AsQueryable();
        foreach (var term in Terms(request.Query))
        {
            clients = clients.Where(c => c.SearchKey.Contains(term));
        }

        if (request.DateOfBirth is { } born)
        {
            clients = clients.Where(c => c.BirthDate == born || (c.BirthDate == null && c.BirthYear == born.Year));
        }

        if (PhoneNumber.Normalize(request.Phone) is { } phone)
        {
            var digits = PhoneNumber.Digits(phone);
            clients = clients.Where(c => c.SearchKey.Contains(digits));
        }

        if (request.CentreId is { } centreId)
        {
            clients = clients.Where(c => c.RegisteringCentreId == centreId);
        }

        return clients
            .OrderBy(c => c.Name.FamilyName).ThenBy(c => c.Name.GivenName).ThenBy(c => c.Id)
            .ProjectTo<ClientListItem>(mapper.ConfigurationProvider)
            .ToPagedListAsync(request, cancellationToken);
    }

    private static IEnumerable<string> Terms(string? query) =>
        string.IsNullOrWhiteSpace(query)
            ? []
            : ClientSearchKey.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct();
}
