using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using LegalAid.Application.Clients.Common;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Clients;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Clients.FindClients;

/// <summary>
/// Finds the centre's clients by any part of a name in any spelling (Cyrillic or Latin), date of birth
/// or phone. Matches other centres hold are only counted per centre, never shown.
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

public sealed record CentreMatchCount(string CentreCode, LocalisedName Centre, int Count);

public sealed class FindClientsValidator : AbstractValidator<FindClients>
{
    public FindClientsValidator(TimeProvider clock)
    {
        RuleFor(q => q.Query).Cascade(CascadeMode.Stop).FreeText(200)
            .Must(query => string.IsNullOrWhiteSpace(query) || ClientSearchKey.Terms(query).Count > 0).WithMessage(_ => Messages.NameSearchWithoutLetters);
        RuleFor(q => q.Phone).Cascade(CascadeMode.Stop).FreeText(Client.PhoneMaxLength)
            .Must(phone => string.IsNullOrWhiteSpace(phone) || ClientPhone.Searched(phone) is not null).WithMessage(_ => Messages.PhoneSearchWithoutDigits);
        RuleFor(q => q.DateOfBirth).BirthDate(clock);
        Include(new PageRequestValidator());
    }
}

public sealed class FindClientsHandler(IApplicationDbContext db, IMapper mapper, ICurrentUser user) : IRequestHandler<FindClients, ClientSearchResult>
{
    /// <summary>
    /// Up to this many clients named by the words typed are read as a list of ids once, and the page, the count and
    /// the other centres' counts are read by id; a broader query (one common letter) is matched in each of them.
    /// </summary>
    internal const int NamedListLimit = 5000;

    public async Task<ClientSearchResult> Handle(FindClients request, CancellationToken cancellationToken)
    {
        var named = await NamedAsync(request, cancellationToken);
        var clients = await Matching(db.Clients, request, named)
            .InListOrder()
            .ProjectTo<ClientListItem>(mapper.ConfigurationProvider)
            .ToPagedListAsync(request, cancellationToken);

        var elsewhere = request.IsEmpty
            ? []
            : await Matching(db.Clients.IgnoreQueryFilters(), request, named)
                .Where(c => c.CentreId != user.CentreId)
                .CountByCentreAsync(cancellationToken);

        return new ClientSearchResult(clients, elsewhere.OrderBy(c => c.CentreCode, StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// Every word typed must start a word of the name (<see cref="NameTerm"/>), in any order and script: the clients
    /// the first word names (a range of the tokens' index, not a probe per client) that each other word names too.
    /// Each other word's clients are read once into a list the first word's are looked up in; an INTERSECT stored
    /// the first word's clients as well, and took a third longer (benchmarks/README.md, "One connection per request").
    /// </summary>
    private IQueryable<int>? Named(FindClients request)
    {
        var words = ClientSearchKey.Terms(request.Query).Select(term => db.ClientNameTokens.Where(NameTokenMatch.For(term))).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var named = words[0];
        foreach (var word in words.Skip(1))
        {
            named = named.Where(t => word.Select(w => w.ClientId).Contains(t.ClientId));
        }

        return named.Select(t => t.ClientId).Distinct();
    }

    private async Task<NamedClients?> NamedAsync(FindClients request, CancellationToken cancellationToken)
    {
        if (Named(request) is not { } named)
        {
            return null;
        }

        var ids = await named.OrderBy(id => id).Take(NamedListLimit + 1).ToListAsync(cancellationToken);
        return ids.Count > NamedListLimit ? new NamedClients(named, null) : new NamedClients(named, ids);
    }

    /// <summary>Anonymised clients have nothing left to find them by.</summary>
    private static IQueryable<Client> Matching(IQueryable<Client> clients, FindClients request, NamedClients? named)
    {
        clients = clients.Where(c => c.AnonymisedOn == null);
        if (named is { Ids: { } ids })
        {
            clients = clients.Where(c => EF.Parameter(ids).Contains(c.Id));
        }
        else if (named is { Query: var query })
        {
            clients = clients.Where(c => query.Contains(c.Id));
        }

        if (request.DateOfBirth is { } born)
        {
            clients = clients.Where(c => c.BirthDate == born || (c.BirthDate == null && c.BirthYear == born.Year));
        }

        if (ClientPhone.Searched(request.Phone) is { } phone)
        {
            clients = phone.IsWholeNumber ? clients.Where(c => c.Phone == phone.Text) : clients.Where(c => c.Phone!.Contains(phone.Text));
        }

        return clients;
    }

    /// <summary>The clients the words typed name: their ids when there are few enough, else the query that finds them.</summary>
    private sealed record NamedClients(IQueryable<int> Query, List<int>? Ids);
}
