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
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Clients.FindClients;

/// <summary>
/// Finds the centre's clients by any part of a name in any spelling (Cyrillic or Latin), date of birth
/// or phone. Matches registered by other centres are only counted per centre, never shown.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record FindClients(
    string? Query = null,
    DateOnly? DateOfBirth = null,
    string? Phone = null,
    int PageNumber = 1,
    int PageSize = 20) : IRequest<ClientSearchResult>, IPageRequest, IAuditedRequest
{
    public AuditAction AuditAction => AuditAction.Searched;

    public string AuditEntityType => nameof(Client);

    public string? AuditEntityId => null;

    public string? AuditDetails => $"page={PageNumber}";

    public string? AuditPersonalDetails => IsEmpty ? null : $"query={Query}; dateOfBirth={DateOfBirth:yyyy-MM-dd}; phone={Phone}";

    public bool IsEmpty => string.IsNullOrWhiteSpace(Query) && DateOfBirth is null && string.IsNullOrWhiteSpace(Phone);
}

/// <summary>The page of the centre's own matches, and how many match at each other centre.</summary>
public sealed record ClientSearchResult(PagedList<ClientListItem> Clients, IReadOnlyList<CentreMatchCount> OtherCentres) : IShowsClients
{
    IReadOnlyCollection<int> IShowsClients.ShownClientIds => Clients.Items.Select(c => c.Id).ToList();
}

public sealed record CentreMatchCount(string CentreCode, int Count);

public sealed class FindClientsValidator : AbstractValidator<FindClients>
{
    public FindClientsValidator(TimeProvider clock)
    {
        RuleFor(q => q.Query).FreeText(200);
        RuleFor(q => q.Phone).FreeText(Client.PhoneMaxLength);
        RuleFor(q => q.DateOfBirth).BirthDate(clock);
        Include(new PageRequestValidator());
    }
}

public sealed class FindClientsHandler(IApplicationDbContext db, IMapper mapper, ICurrentUser user) : IRequestHandler<FindClients, ClientSearchResult>
{
    public async Task<ClientSearchResult> Handle(FindClients request, CancellationToken cancellationToken)
    {
        var clients = await Matching(db.Clients, request)
            .OrderBy(c => c.Name.FamilyName).ThenBy(c => c.Name.GivenName).ThenBy(c => c.Id)
            .ProjectTo<ClientListItem>(mapper.ConfigurationProvider)
            .ToPagedListAsync(request, cancellationToken);

        var elsewhere = request.IsEmpty
            ? []
            : await Matching(db.Clients.IgnoreQueryFilters(), request)
                .Where(c => c.RegisteringCentreId != user.CentreId)
                .GroupBy(c => c.RegisteringCentre.Code)
                .Select(g => new CentreMatchCount(g.Key, g.Count()))
                .ToListAsync(cancellationToken);

        return new ClientSearchResult(clients, elsewhere.OrderBy(c => c.CentreCode, StringComparer.Ordinal).ToList());
    }

    /// <summary>Anonymised clients have nothing left to find them by.</summary>
    private static IQueryable<Client> Matching(IQueryable<Client> clients, FindClients request)
    {
        clients = clients.Where(c => c.AnonymisedOn == null);
        foreach (var term in Terms(request.Query))
        {
            var folded = NameFolding.Fold(term);
            clients = folded.Length >= ClientSearchKey.MinimumFoldedLength
                ? clients.Where(c => c.SearchKey.Contains(term) || c.SearchKey.Contains(folded))
                : clients.Where(c => c.SearchKey.Contains(term));
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

        return clients;
    }

    private static IEnumerable<string> Terms(string? query) =>
        string.IsNullOrWhiteSpace(query)
            ? []
            : ClientSearchKey.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct();
}
