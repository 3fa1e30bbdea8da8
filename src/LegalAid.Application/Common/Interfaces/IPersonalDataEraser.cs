namespace LegalAid.Application.Common.Interfaces;

/// <summary>
/// Removes clients' personal data from every place that holds it (names, contacts, the exact birth date, free texts,
/// documents and their files) and destroys their audit keys, inside the command's transaction. What statistics count
/// stays: the rows, dates, categories, sex, citizenship and birth year.
/// </summary>
public interface IPersonalDataEraser
{
    /// <returns>How many records lost data, the clients' own rows included.</returns>
    Task<int> EraseAsync(IReadOnlyCollection<int> clientIds, DateOnly today, CancellationToken cancellationToken);

    /// <summary>What transfer requests that never named a client keep of the person sought, and their notes, goes.</summary>
    /// <returns>How many requests lost data.</returns>
    Task<int> ForgetPeopleSoughtAsync(IReadOnlyCollection<int> transferIds, CancellationToken cancellationToken);
}
