namespace LegalAid.Application.Common.Interfaces;

/// <summary>Sends e-mail through the configured SMTP server; <see cref="IsConfigured"/> is false when there is none.</summary>
public interface IEmailSender
{
    bool IsConfigured { get; }

    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

public sealed record EmailMessage(string To, string Subject, string Body, IReadOnlyList<EmailAttachment> Attachments);

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
