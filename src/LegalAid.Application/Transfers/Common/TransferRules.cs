using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Resources;
using LegalAid.Domain.Transfers;

namespace LegalAid.Application.Transfers.Common;

/// <summary>Who may take the next step of a transfer: the coordinator of the centre it waits for, or of the centre that may withdraw it.</summary>
public static class TransferRules
{
    public static bool MayDecide(this ClientTransfer transfer, ICurrentUser user) =>
        user.IsInRole(Roles.Coordinator) && transfer.CentreToDecide == user.CentreId;

    /// <summary>A request is withdrawn by the lawyer who made it or a coordinator of their centre; a proposal by a coordinator of the sending centre.</summary>
    public static bool MayWithdraw(this ClientTransfer transfer, ICurrentUser user) =>
        transfer.CentreToWithdraw == user.CentreId
        && (user.IsInRole(Roles.Coordinator) || (transfer.Status == TransferStatus.Requested && transfer.RequestedByStaffMemberId == user.StaffMemberId));

    public static void EnsureMayDecide(this ClientTransfer transfer, ICurrentUser user)
    {
        if (!transfer.MayDecide(user))
        {
            throw InvalidRequestException.For(string.Empty, transfer.IsPending ? Messages.TransferNotYours : Messages.TransferNotPending);
        }
    }

    public static void EnsureMayWithdraw(this ClientTransfer transfer, ICurrentUser user)
    {
        if (!transfer.MayWithdraw(user))
        {
            throw InvalidRequestException.For(string.Empty, transfer.IsPending ? Messages.TransferNotYours : Messages.TransferNotPending);
        }
    }
}
