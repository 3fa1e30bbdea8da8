using System.CommandLine;
using System.Globalization;
using LegalAid.Application.Administration.CreateAccount;
using LegalAid.Application.Administration.ListAccounts;
using LegalAid.Application.Administration.SetAccountLock;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using MediatR;

namespace LegalAid.Web.Cli;

/// <summary>
/// <c>users add | lock | unlock | list</c>: accounts for a fresh install, before any administrator exists. Each sends
/// the request the accounts page sends, as the <see cref="ConsoleOperator"/>.
/// </summary>
internal static class UserCommands
{
    public static Command Create(IServiceProvider services, TextReader input)
    {
        var users = new Command("users", "Manage accounts from the command line.");
        users.Subcommands.Add(Add(services, input));
        users.Subcommands.Add(Lock(services, locked: true));
        users.Subcommands.Add(Lock(services, locked: false));
        users.Subcommands.Add(List(services));
        return users;
    }

    private static Command Add(IServiceProvider services, TextReader input)
    {
        var email = new Option<string>("--email") { Description = "The account's e-mail address (its sign-in name).", Required = true };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", Roles.All)}.", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var centre = new Option<string?>("--centre") { Description = "Centre code (MOW, KZN, CHE); required for Lawyer and Coordinator." };
        var name = new Option<string?>("--name") { Description = "Full name; defaults to the e-mail address." };
        var passwordFromStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input instead of generating a one-time password." };
        var command = new Command("add", "Create an account and print its one-time password.") { email, role, centre, name, passwordFromStdin };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            await using var scope = services.CreateAsyncScope();
            await CliCommands.MigrateAsync(scope.ServiceProvider, cancellationToken);
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            int? centreId = null;
            if (parse.GetValue(centre) is { } code && (centreId = await CliCommands.FindCentreAsync(mediator, code, error, cancellationToken)) is null)
            {
                return 1;
            }

            var account = new CreateAccount
            {
                Email = parse.GetValue(email),
                DisplayName = parse.GetValue(name) ?? parse.GetValue(email),
                Role = parse.GetValue(role),
                CentreId = centreId,
                Password = parse.GetValue(passwordFromStdin) ? (await input.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n') ?? string.Empty : null,
            };
            try
            {
                var created = await mediator.Send(account, cancellationToken);
                await output.WriteLineAsync(created.OneTimePassword is { } oneTime
                    ? $"Created {account.Email}. One-time password (must be changed at first sign-in): {oneTime}"
                    : $"Created {account.Email}.");
                return 0;
            }
            catch (InvalidRequestException refused)
            {
                await error.WriteLineAsync(string.Join(Environment.NewLine, refused.Errors.SelectMany(e => e.Value.Select(message => $"{e.Key}: {message}"))));
                return 1;
            }
        });
        return command;
    }

    private static Command Lock(IServiceProvider services, bool locked)
    {
        var email = new Option<string>("--email") { Description = "The account's e-mail address.", Required = true };
        var command = new Command(locked ? "lock" : "unlock", locked ? "Lock an account and end its sessions." : "Unlock an account.") { email };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var account = (await mediator.Send(new ListAccounts(), cancellationToken))
                .FirstOrDefault(a => string.Equals(a.Email, parse.GetValue(email), StringComparison.OrdinalIgnoreCase));
            if (account is null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"There is no account {parse.GetValue(email)}.");
                return 1;
            }

            var outcome = await mediator.Send(new SetAccountLock(account.UserId, locked), cancellationToken);
            await parse.InvocationConfiguration.Output.WriteLineAsync(locked ? $"Locked {account.Email}." : $"Unlocked {account.Email}.");
            if (locked && outcome.OpenCasesHeld > 0)
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync($"{outcome.OpenCasesHeld} open cases are still assigned to them; a coordinator of their centre can reassign them.");
            }
            return 0;
        });
        return command;
    }

    private static Command List(IServiceProvider services)
    {
        var command = new Command("list", "List every account with its role, centre and state.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            foreach (var account in await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListAccounts(), cancellationToken))
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync(
                    $"{account.Email,-36} {account.Role,-15} {account.CentreId?.ToString(CultureInfo.InvariantCulture) ?? "-",-3} {(account.LockedOut ? "locked" : "active")}{(account.TwoFactorEnabled ? " 2FA" : string.Empty)}");
            }

            return 0;
        });
        return command;
    }
}
