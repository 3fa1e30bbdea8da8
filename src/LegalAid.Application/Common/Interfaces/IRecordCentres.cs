namespace LegalAid.Application.Common.Interfaces;

/// <summary>
/// The centre a centre-scoped record belongs to, looking past the current user's centre scope. Only for
/// telling a refusal (another centre's record) from a record that does not exist; never for showing data.
/// </summary>
public interface IRecordCentres
{
    /// <summary>The record's centre; null when no such record exists or <paramref name="entityType"/> is not centre-scoped.</summary>
    Task<int?> CentreOfAsync(string entityType, object key, CancellationToken cancellationToken);
}
