namespace LegalAid.Domain.Transfers;

/// <summary>An open case chosen to move with its client.</summary>
public sealed class TransferredCase
{
    private TransferredCase()
    {
    }

    internal TransferredCase(int caseId) => CaseId = caseId;

    public int TransferId { get; private set; }

    public int CaseId { get; private set; }
}
