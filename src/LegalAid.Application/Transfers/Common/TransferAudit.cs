using System.Globalization;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Transfers;

namespace LegalAid.Application.Transfers.Common;

/// <summary>
/// Each step of a transfer is audited for both centres: the change itself is recorded for the acting centre (with
/// every field), and a line for the other one. Before acceptance the line names no client, so the receiving
/// centre's trail reveals nothing the transfer does not.
/// </summary>
public static class TransferAudit
{
    public static Task RecordForOtherCentreAsync(this IAuditTrail audit, ClientTransfer transfer, int actingCentreId, CancellationToken cancellationToken) =>
        RecordAsync(
            audit,
            transfer,
            transfer.FromCentreId == actingCentreId ? transfer.ToCentreId : transfer.FromCentreId,
            $"status={transfer.Status}; cases={transfer.Cases.Count}",
            cancellationToken);

    /// <summary>The sending centre's line names the client that left and the cases that went with them, by the numbers its pages knew them by.</summary>
    public static Task RecordAcceptanceForSendingCentreAsync(this IAuditTrail audit, ClientTransfer transfer, IEnumerable<Case> cases, CancellationToken cancellationToken)
    {
        var moved = cases.Where(c => transfer.Cases.Any(chosen => chosen.CaseId == c.Id)).Select(c => c.Number).Order(StringComparer.Ordinal);
        return RecordAsync(audit, transfer, transfer.FromCentreId, $"status={transfer.Status}; client={transfer.ClientId}; cases={string.Join(", ", moved)}", cancellationToken);
    }

    private static Task RecordAsync(IAuditTrail audit, ClientTransfer transfer, int centreId, string details, CancellationToken cancellationToken) =>
        audit.RecordAsync(
            new AuditEvent(AuditAction.Updated, nameof(ClientTransfer), transfer.Id.ToString(CultureInfo.InvariantCulture), details, CentreId: centreId),
            cancellationToken);
}
