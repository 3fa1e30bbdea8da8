namespace LegalAid.Domain.Transfers;

/// <summary>
/// Where a transfer stands. A lawyer's request waits for the holding centre (<see cref="Requested"/>); a holding
/// centre's proposal waits for the receiving centre (<see cref="Proposed"/>); nothing moves before
/// <see cref="Accepted"/>.
/// </summary>
public enum TransferStatus
{
    Requested = 1,
    Proposed = 2,
    Accepted = 3,
    Declined = 4,
    Cancelled = 5,
}
