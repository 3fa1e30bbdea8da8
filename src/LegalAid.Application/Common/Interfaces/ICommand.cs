using MediatR;

namespace LegalAid.Application.Common.Interfaces;

/// <summary>A request that changes data; the pipeline runs it in one transaction.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;
