using System.CommandLine;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Cli;

/// <summary><c>users add | lock | unlock | list</c>: accounts for a fresh install, before any administrator exists.</summary>
internal static class UserCommands
{
    public static Command Create(IServiceProvider services)
    {
        var users = new Command("users", "Manage accounts from the command line.");
        users.Subcommands.Add(Add(services));
        users.Subcommands.Add(Lock(services, locked: true));
        users.Subcommands.Add(Lock(services, locked: false));
        users.Subcommands.Add(List(services));
        return users;
    }

    private static Command Add(IServiceProvider services)
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
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
            int? centreId = null;
            if (parse.GetValue(centre)?.ToUpperInvariant() is { } code)
            {
                centreId = await scope.ServiceProvider.GetRequiredService<LegalAidDbContext>().Centres
                    .Where(c => c.Code == code).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken);
                if (centreId is null)
                {
                    await Console.Error.WriteLineAsync($"There is no centre {code}.");
                    return 1;
                }
            }

            var password = parse.GetValue(passwordFromStdin) ? (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n') : null;
            var account = new NewAccount(parse.GetValue(email)!, parse.GetValue(name) ?? parse.GetValue(email)!, parse.GetValue(role)!, centreId, password);
            if (Roles.IsCentreScoped(account.Role) != (centreId is not null))
            {
                await Console.Error.WriteLineAsync("Lawyers and coordinators need --centre; other roles must not have one.");
                return 1;
            }

            try
            {
                var created = await scope.ServiceProvider.GetRequiredService<IUserAdministration>().CreateAsync(account, cancellationToken);
                await Console.Out.WriteLineAsync(created.OneTimePassword is { } oneTime
                    ? $"Created {account.Email}. One-time password (must be changed at first sign-in): {oneTime}"
                    : $"Created {account.Email}.");
                return 0;
            }
            catch (Application.Common.Exceptions.InvalidRequestException refused)
            {
                await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, refused.Errors.SelectMany(e => e.Value)));
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
            var administration = scope.ServiceProvider.GetRequiredService<IUserAdministration>();
            var account = (await administration.ListAsync(cancellationToken))
                .FirstOrDefault(a => string.Equals(a.Email, parse.GetValue(email), StringComparison.OrdinalIgnoreCase));
            if (account is null || !await administration.SetLockedAsync(account.UserId, locked, cancellationToken))
            {
                await Console.Error.WriteLineAsync($"There is no account {parse.GetValue(email)}.");
                return 1;
            }

            await Console.Out.WriteLineAsync(locked ? $"Locked {account.Email}." : $"Unlocked {account.Email}.");
            return 0;
        });
        return command;
    }

    private static Command List(IServiceProvider services)
    {
        var command = new Command("list", "List every account with its role, centre and state.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            foreach (var account in await scope.ServiceProvider.GetRequiredService<IUserAdministration>().ListAsync(cancellationToken))
            {
                await Console.Out.WriteLineAsync(
                    $"{account.Email,-36} {account.Role,-15} {account.CentreId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",-3} {(account.LockedOut ? "locked" : "active")}{(account.TwoFactorEnabled ? " 2FA" : string.Empty)}");
            }

            return 0;
        });
        return command;
    }
}
