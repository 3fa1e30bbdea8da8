using System.CommandLine;
using LegalAid.Application.Administration.ListCentres;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Infrastructure.DemoData;
using LegalAid.Infrastructure.Persistence;
using MediatR;

namespace LegalAid.Web.Cli;

/// <summary>
/// Maintenance commands run through the web project, sharing its configuration:
/// <c>migrate</c>, <c>seed-demo --clients N --consultations N</c>, <c>users add|lock|unlock|list</c>, <c>backup --out FILE</c>,
/// <c>restore FILE</c>, <c>anonymise [--dry-run]</c>, <c>audit verify</c>, <c>import --centre MOW FILE [--dry-run]</c>,
/// <c>health-probe</c>.
/// </summary>
internal static class CliCommands
{
    private static readonly string[] Names = ["migrate", "seed-demo", "users", "backup", "restore", "anonymise", "audit", "import", "health-probe"];

    /// <summary>On the command line nobody signs in: the operator at the console acts, as an administrator.</summary>
    public static IServiceCollection AddConsoleOperator(this IServiceCollection services) =>
        services.AddScoped<ICurrentUser, ConsoleOperator>().AddScoped<ISubmissionKey, ConsoleSubmission>();

    public static bool IsCommand(string[] args) => args.Length > 0 && (Names.Contains(args[0]) || args[0] is "--help" or "-h");

    /// <summary>Runs the command in <paramref name="args"/> with the services of the app, whose current user is the <see cref="ConsoleOperator"/>.</summary>
    public static Task<int> RunAsync(IServiceProvider services, string[] args, TextReader? input = null, TextWriter? output = null, TextWriter? error = null)
    {
        var root = new RootCommand("LegalAid maintenance commands. Without a command, the web app starts.")
        {
            MigrateCommand(services),
            SeedDemoCommand(services),
            UserCommands.Create(services, input ?? Console.In),
            BackupCommands.Backup(services),
            BackupCommands.Restore(services),
            AnonymiseCommand.Create(services),
            AuditCommands.Create(services),
            ImportCommand.Create(services),
            HealthProbeCommand(),
        };
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output ?? Console.Out, Error = error ?? Console.Error });
    }

    /// <summary>Creates the database if needed and applies every pending migration.</summary>
    public static Task MigrateAsync(IServiceProvider scope, CancellationToken cancellationToken) =>
        scope.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);

    /// <summary>The id of the centre with that code (any case); null, said on <paramref name="error"/>, when there is none.</summary>
    public static async Task<int?> FindCentreAsync(IMediator mediator, string code, TextWriter error, CancellationToken cancellationToken)
    {
        var centre = (await mediator.Send(new ListCentres(), cancellationToken)).FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        if (centre is null)
        {
            await error.WriteLineAsync($"There is no centre {code.ToUpperInvariant()}.");
        }

        return centre?.Id;
    }

    private static Command MigrateCommand(IServiceProvider services)
    {
        var command = new Command("migrate", "Create the database if needed and apply every pending migration.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            await MigrateAsync(scope.ServiceProvider, cancellationToken);
            await parse.InvocationConfiguration.Output.WriteLineAsync("The database is up to date.");
            return 0;
        });
        return command;
    }

    /// <summary>For container health checks: the runtime image has no curl, so the app asks itself.</summary>
    private static Command HealthProbeCommand()
    {
        var url = new Option<string>("--url") { Description = "The health endpoint to ask.", DefaultValueFactory = _ => "http://localhost:8080/health" };
        var command = new Command("health-probe", "Exit 0 when the running app reports itself healthy.") { url };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            try
            {
                using var response = await http.GetAsync(new Uri(parse.GetValue(url)!), cancellationToken);
                return response.IsSuccessStatusCode ? 0 : 1;
            }
            catch (HttpRequestException)
            {
                return 1;
            }
        });
        return command;
    }

    private static Command SeedDemoCommand(IServiceProvider services)
    {
        var defaults = new DemoDataOptions();
        var clients = new Option<int>("--clients") { Description = "How many clients to make.", DefaultValueFactory = _ => defaults.Clients };
        var consultations = new Option<int>("--consultations") { Description = "How many consultations to make.", DefaultValueFactory = _ => defaults.Consultations };
        var years = new Option<int>("--years") { Description = "How many years back the records reach.", DefaultValueFactory = _ => defaults.Years };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed makes the same data.", DefaultValueFactory = _ => defaults.Seed };
        foreach (var option in new[] { clients, consultations, years })
        {
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                {
                    result.AddError($"{option.Name} must be at least 1.");
                }
            });
        }

        var command = new Command("seed-demo", "Add realistic demo clients, cases and consultations (migrates first).") { clients, consultations, years, seed };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            await MigrateAsync(scope.ServiceProvider, cancellationToken);
            var summary = await scope.ServiceProvider.GetRequiredService<DemoDataGenerator>().GenerateAsync(
                new DemoDataOptions
                {
                    Clients = parse.GetValue(clients),
                    Consultations = parse.GetValue(consultations),
                    Years = parse.GetValue(years),
                    Seed = parse.GetValue(seed),
                },
                cancellationToken);
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                $"Added {summary.Clients} clients, {summary.Cases} cases and {summary.Consultations} consultations in {summary.Elapsed.TotalSeconds:0.0} s.");
            return 0;
        });
        return command;
    }
}
