namespace LegalAid.Application.Reports.Common;

/// <summary>
/// The donor report's column saying until when one request is e-mailing donors about it (<see cref="DonorNotices"/>).
/// Messages leave outside any transaction, so without it two staff pressing the button at once, through one server or
/// two, could both send to a donor not yet reached. A lease a crashed request left lapses after <see cref="Length"/>.
/// </summary>
public static class DonorNoticeLease
{
    public const string Property = "NoticesLeasedUntilUtc";

    public static readonly TimeSpan Length = TimeSpan.FromMinutes(5);
}
