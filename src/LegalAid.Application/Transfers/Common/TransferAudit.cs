using System.Globalization;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Transfers;

namespace LegalAid.Application.Transfers.Common;

/// <summary>
/// Each step of a transfer is audited for both centres: the change itself is recorded for the acting centre (with
/// every field), and this line for the other one. Before acceptance the line names no client, so the receiving
/// centre's trail reveals nothing the transfer does not.
/// </summary>
public static class TransferAudit
{
    public static Task RecordForOtherCentreAsync(this IAuditTrail audit, ClientTransfer transfer, int actingCentreId, CancellationToken cancellationToken)
    {
        var otherCentre = transfer.FromCentreId == actingCentreId ? transfer.ToCentreId : transfer.FromCentreId;
        var details = transfer.Status == TransferStatus.Accepted
            ? $"status=Accepted; client={transfer.ClientId}; cases={string.Join(',', transfer.Cases.Select(c => c.CaseId).Order())}"
            : $"status={transfer.Status}; cases={transfer.Cases.Count}";
        return audit.RecordAsync(
            new AuditEvent(AuditAction.Updated, nameof(ClientTransfer), transfer.Id.ToString(CultureInfo.InvariantCulture), details, CentreId: otherCentre),
            cancellationToken);
    }
}
