namespace LegalAid.Application.Common.Interfaces;

/// <summary>
/// A command that creates a record. Sent again by the same account with the same <see cref="ISubmissionKey"/> (a second
/// tap on Save, a retry after an answer lost on a poor connection), it answers what it answered the first time instead
/// of creating a second record (see <see cref="Behaviours.IdempotencyBehaviour{TRequest, TResponse}"/>).
/// </summary>
public interface IIdempotentCommand<out TResponse> : ICommand<TResponse>;
