namespace LegalAid.Application.Audit.GetDenialAlerts;

/// <summary>The "DenialAlerts" configuration section: when an account's refusals raise an alert.</summary>
public sealed class DenialAlertOptions
{
    public const string Section = "DenialAlerts";

    /// <summary>Refusals of one account within <see cref="Window"/> that raise an alert.</summary>
    public int Threshold { get; set; } = 20;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How far back alerts are shown, so that one raised at night is still seen in the morning.</summary>
    public TimeSpan ShownFor { get; set; } = TimeSpan.FromDays(7);
}
