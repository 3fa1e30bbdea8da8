namespace LegalAid.Application.Retention.Common;

/// <summary>The "Retention" configuration section: how long a client's personal data is kept.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Whole years after the client's last case closed (or, with no case, after registration) before their data is anonymised.</summary>
    public int YearsAfterLastCase { get; set; } = 5;
}
