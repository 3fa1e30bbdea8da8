using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Localisation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Common;
using MediatR;

namespace LegalAid.Application.Common.Behaviours;

/// <summary>
/// Runs every validator of the request and refuses it with all failures at once; turns a broken
/// domain rule in the handler into the same kind of refusal, with a localised message.
/// </summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var context = new ValidationContext<TRequest>(request);
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(context, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new InvalidRequestException(failures
                .GroupBy(f => f.PropertyName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal));
        }

        try
        {
            return await next();
        }
        catch (DomainException e)
        {
            throw new InvalidRequestException(e.All
                .GroupBy(rule => rule.Field, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(DomainMessages.Of).Distinct().ToArray(), StringComparer.Ordinal));
        }
    }
}
