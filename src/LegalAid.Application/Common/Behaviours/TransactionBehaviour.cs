using LegalAid.Application.Common.Interfaces;
using MediatR;

namespace LegalAid.Application.Common.Behaviours;

/// <summary>Runs each command in one transaction, so a failure leaves nothing half-saved.</summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        request is ICommand<TResponse>
            ? unitOfWork.InTransactionAsync(() => next(), cancellationToken)
            : next();
}
