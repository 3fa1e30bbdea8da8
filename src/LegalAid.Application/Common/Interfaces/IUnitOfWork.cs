namespace LegalAid.Application.Common.Interfaces;

/// <summary>Runs a command's work in one database transaction: all of it is saved, or none.</summary>
public interface IUnitOfWork
{
    Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken);
}
