using System.CommandLine;
using System.Globalization;
using LegalAid.Application.Retention.AnonymiseClients;
using LegalAid.Application.Retention.ListRetentionDue;
using MediatR;

namespace LegalAid.Web.Cli;

/// <summary>
/// <c>anonymise [--dry-run]</c>: anonymises the clients past the retention period (or who withdrew their consent), as the
/// administrator page does, as the <see cref="ConsoleOperator"/>; fit for a nightly cron job.
/// </summary>
internal static class AnonymiseCommand
{
    public static Command Create(IServiceProvider services)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Only list the clients due (by number), change nothing." };
        var command = new Command("anonymise", "Anonymise the clients whose personal data is past the retention period.") { dryRun };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var scope = services.CreateAsyncScope();
            await CliCommands.MigrateAsync(scope.ServiceProvider, cancellationToken);
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var due = await mediator.Send(new ListRetentionDue(), cancellationToken);
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Retention: {due.YearsAfterLastCase} years after the last case closed; data kept since {due.KeptSince:yyyy-MM-dd}. Clients due: {due.TotalDue}. Transfer requests that never found a client, past it: {due.RequestsDue}."));
            foreach (var client in due.Clients)
            {
                var cases = client.OpenCases > 0
                    ? "a case open"
                    : string.Create(CultureInfo.InvariantCulture, $"last case closed {client.LastCaseClosedOn:yyyy-MM-dd}");
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  client {client.ClientId} ({client.CentreCode}): {client.Reason}, {cases}{(client.ConsentWithdrawnOn is { } on ? $", consent withdrawn {on:yyyy-MM-dd}" : string.Empty)}"));
            }

            if (!parse.GetValue(dryRun) && due.AnythingDue)
            {
                var done = await mediator.Send(new AnonymiseClients(), cancellationToken);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Anonymised {done.Clients} clients; {done.Records} records changed."));
            }

            return 0;
        });
        return command;
    }
}
