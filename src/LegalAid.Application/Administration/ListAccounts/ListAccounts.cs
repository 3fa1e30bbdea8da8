using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using MediatR;

namespace LegalAid.Application.Administration.ListAccounts;

[Authorize(Roles = Roles.Administrator)]
public sealed record ListAccounts : IRequest<IReadOnlyList<AccountSummary>>;

public sealed class ListAccountsHandler(IUserAdministration users) : IRequestHandler<ListAccounts, IReadOnlyList<AccountSummary>>
{
    public Task<IReadOnlyList<AccountSummary>> Handle(ListAccounts request, CancellationToken cancellationToken) =>
        users.ListAsync(cancellationToken);
}
