using LegalAid.Application.Transfers.GetTransfer;
using LegalAid.Domain.Transfers;
using Microsoft.Extensions.Localization;

namespace LegalAid.Web.Pages.Transfers;

/// <summary>
/// Why a transfer's client is not shown to the reader, by the transfer's status: not accepted yet (the requesting or
/// receiving centre), gone to the other centre (the sending one, after acceptance), or kept by the holding centre
/// (after a refusal or a withdrawal).
/// </summary>
public static class HiddenClientText
{
    /// <summary>The short text, for a list's cell.</summary>
    public static string For(TransferStatus status) => $"Transfer.Hidden{Reason(status)}";

    /// <summary>The sentence of the transfer's page, naming the centre the client went to or stayed at.</summary>
    public static LocalizedString Sentence(TransferDto transfer, IStringLocalizer text) =>
        text[$"{For(transfer.Status)}.Long", transfer.Status == TransferStatus.Accepted ? transfer.ToCentreName : transfer.FromCentreName];

    private static string Reason(TransferStatus status) => status switch
    {
        TransferStatus.Accepted => "Moved",
        TransferStatus.Declined or TransferStatus.Cancelled => "Stayed",
        _ => string.Empty,
    };
}
