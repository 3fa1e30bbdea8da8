using LegalAid.Domain.Transfers;

namespace LegalAid.Web.Pages.Transfers;

/// <summary>
/// Why a transfer's client is not shown to the reader, by the transfer's status: not accepted yet (the requesting or
/// receiving centre), gone to the other centre (the sending one, after acceptance), or kept by the holding centre
/// (after a refusal or a withdrawal). A text's name; its long form ends in ".Long".
/// </summary>
public static class HiddenClientText
{
    public static string For(TransferStatus status) => status switch
    {
        TransferStatus.Accepted => "Transfer.HiddenMoved",
        TransferStatus.Declined or TransferStatus.Cancelled => "Transfer.HiddenStayed",
        _ => "Transfer.Hidden",
    };
}
