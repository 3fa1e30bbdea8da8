using System.CommandLine;
using System.Globalization;
using LegalAid.Application.Audit.VerifyAuditTrail;
using MediatR;

namespace LegalAid.Web.Cli;

/// <summary><c>audit verify</c>: walks the audit trail's hash chain and names the first entry that does not match; exit code 1 then.</summary>
internal static class AuditCommands
{
    public static Command Create(IServiceProvider services)
    {
        var audit = new Command("audit", "Check the audit trail.");
        var verify = new Command("verify", "Recompute the audit trail's hash chain; name the first entry changed, removed or cut off.");
        verify.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new VerifyAuditTrail(), cancellationToken);
            if (result.IsIntact)
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture, $"The audit trail is intact: {result.Entries} entries, the last {result.LastEntryId}."));
                return 0;
            }

            await parse.InvocationConfiguration.Error.WriteLineAsync(result.FirstMismatchId is { } id
                ? string.Create(CultureInfo.InvariantCulture, $"Audit entry {id} does not match its hash: it, or the entry before it, was changed or removed after it was written.")
                : string.Create(CultureInfo.InvariantCulture, $"The audit trail ends at entry {result.LastEntryId}, but its head records entry {result.HeadEntryId}: entries were removed from its end."));
            return 1;
        });
        audit.Subcommands.Add(verify);
        return audit;
    }
}
