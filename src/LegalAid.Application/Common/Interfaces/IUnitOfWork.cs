namespace LegalAid.Application.Common.Interfaces;

/// <summary>Runs a command's work in one database transaction: all of it is saved, or none.</summary>
public interface IUnitOfWork
{
    Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="InTransactionAsync{T}"/>, and what the work read cannot change under it before it commits: for a
    /// rule over many records that two commands at once could each pass alone. On SQL Server the transaction is
    /// serializable (of two that collide, one is chosen a deadlock victim and runs again); SQLite's writers take turns.
    /// </summary>
    Task<T> InSerializableTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken);
}
