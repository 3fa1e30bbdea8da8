using MailKit.Security;

namespace LegalAid.Infrastructure.Email;

/// <summary>The "Smtp" configuration section; with no <see cref="Host"/> the app sends no e-mail.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Auto, None, SslOnConnect, StartTls or StartTlsWhenAvailable.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "LegalAid <no-reply@legalaid.local>";
}
