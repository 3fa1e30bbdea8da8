namespace LegalAid.Application.Common.Interfaces;

/// <summary>
/// A value the store changes, in the same transaction, with every change of the reference data: centres, problem
/// categories, staff and partner organisations. Read from the database, so a change made through any web server shows
/// on every other at once; a value never reused, so one rolled back is never mistaken for a later one.
/// </summary>
public interface IReferenceDataStamp
{
    Task<Guid> CurrentAsync(CancellationToken cancellationToken);
}
