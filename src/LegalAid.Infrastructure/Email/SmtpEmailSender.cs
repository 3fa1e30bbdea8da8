using System.Net.Sockets;
using System.Security.Authentication;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LegalAid.Infrastructure.Email;

/// <summary>Sends e-mail with MailKit through the server in <see cref="SmtpOptions"/>.</summary>
internal sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IEmailSender
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.Host);

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var mime = new MimeMessage { Subject = message.Subject };
        mime.From.Add(MailboxAddress.Parse(settings.From));
        if (!MailboxAddress.TryParse(message.To, out var to))
        {
            throw new EmailDeliveryException($"The e-mail to '{message.To}' was not sent: not an e-mail address.");
        }

        mime.To.Add(to);
        var body = new BodyBuilder { TextBody = message.Body };
        foreach (var attachment in message.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        mime.Body = body.ToMessageBody();
        try
        {
            using var client = new SmtpClient();
            await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Smtp:Host is not set."), settings.Port, settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or AuthenticationException
            or MailKit.Security.AuthenticationException or MailKit.Security.SslHandshakeException or SocketException or IOException or TimeoutException)
        {
            throw new EmailDeliveryException($"The e-mail to {message.To} was not sent: {e.Message}", e);
        }
    }
}
