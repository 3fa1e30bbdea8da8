using System.CommandLine;
using System.Globalization;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Imports.CheckImport;
using LegalAid.Application.Imports.Common;
using LegalAid.Application.Imports.DiscardImport;
using LegalAid.Application.Imports.GetImportProgress;
using LegalAid.Application.Imports.GetImportRejects;
using LegalAid.Application.Imports.RunImport;
using LegalAid.Application.Imports.UploadImport;
using MediatR;

namespace LegalAid.Web.Cli;

/// <summary>
/// <c>import --centre MOW FILE [--dry-run] [--skip-rejected] [--rejects FILE]</c>: the import page's steps (upload,
/// check, import) as the <see cref="ConsoleOperator"/>, with a progress line on standard error and the report, every
/// problem by row and column, on standard output. A dry run, or an import refused for its rejected rows, leaves
/// nothing of the file behind; only the report (which names nobody) stays in the centre's list of imports.
/// </summary>
internal static class ImportCommand
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromMilliseconds(250);

    public static Command Create(IServiceProvider services)
    {
        var centre = new Option<string>("--centre") { Description = "The centre whose records the file holds (MOW, KZN, CHE).", Required = true };
        var file = new Argument<FileInfo>("FILE") { Description = "The spreadsheet: CSV (UTF-8 or Windows-1251, comma or semicolon) or XLSX, as docs/import.md describes." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only check: report what the import would create and every problem; create nothing." };
        var skipRejected = new Option<bool>("--skip-rejected") { Description = "Import the other rows when some are rejected." };
        var rejects = new Option<FileInfo?>("--rejects") { Description = "Write the rejected rows, each with what is wrong, to this CSV file." };
        var command = new Command("import", "Import a centre's spreadsheet of clients, cases and consultations.") { centre, file, dryRun, skipRejected, rejects };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await error.WriteLineAsync($"There is no file {path.FullName}.");
                return 1;
            }

            await using var scope = services.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            if (await CliCommands.FindCentreAsync(mediator, parse.GetValue(centre)!, error, cancellationToken) is not { } centreId)
            {
                return 1;
            }

            try
            {
                var id = await mediator.Send(new UploadImport(path.Name, await File.ReadAllBytesAsync(path.FullName, cancellationToken), centreId), cancellationToken);
                var report = await WithProgressAsync(services, id, error, () => mediator.Send(new CheckImport(id), cancellationToken), cancellationToken);
                await WriteReportAsync(output, report);
                var wrong = !report.Usable || report.Rejected > 0;
                if (parse.GetValue(dryRun) || !report.Usable || (report.Rejected > 0 && !parse.GetValue(skipRejected)))
                {
                    await WriteRejectsAsync(mediator, id, report, parse.GetValue(rejects), output, cancellationToken);
                    await mediator.Send(new DiscardImport(id), cancellationToken);
                    await output.WriteLineAsync(parse.GetValue(dryRun) ? "Dry run: nothing was imported."
                        : report.Usable ? $"Nothing was imported: {report.Rejected} rows are rejected. Put them right, or import the others with --skip-rejected."
                        : "Nothing was imported: the file cannot be imported as it is.");
                    return wrong ? 1 : 0;
                }

                var imported = await WithProgressAsync(services, id, error, () => mediator.Send(new RunImport(id, parse.GetValue(skipRejected)), cancellationToken), cancellationToken);
                await WriteRejectsAsync(mediator, id, imported, parse.GetValue(rejects), output, cancellationToken);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Imported {imported.Consultations} consultations: {imported.NewClients} new clients, {imported.NewCases} new cases; {imported.AlreadyImported} rows were imported before, {imported.Rejected} rejected rows skipped."));
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

    /// <summary>Runs the work while a line on <paramref name="error"/> shows its phase and rows done, rewritten in place.</summary>
    private static async Task<T> WithProgressAsync<T>(IServiceProvider services, int id, TextWriter error, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var running = work();
        var shown = string.Empty;
        while (await Task.WhenAny(running, Task.Delay(ProgressEvery, cancellationToken)) != running)
        {
            await using var scope = services.CreateAsyncScope();
            var progress = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetImportProgress(id), cancellationToken);
            var line = progress is { Running: true, Phase: { } phase }
                ? string.Create(CultureInfo.InvariantCulture, $"{phase}: {progress.Done:N0} of {progress.Total:N0} rows ({progress.Percent}%)")
                : shown;
            if (line != shown)
            {
                await error.WriteAsync($"\r{line,-60}");
                shown = line;
            }
        }

        if (shown.Length > 0)
        {
            await error.WriteLineAsync();
        }

        return await running;
    }

    private static async Task WriteReportAsync(TextWriter output, ImportReport report)
    {
        await output.WriteLineAsync($"Read {report.Format}{(report.Encoding is { } encoding ? $", {encoding}" : string.Empty)}{(report.Separator is { } separator ? $", fields separated by '{separator}'" : string.Empty)}.");
        foreach (var problem in report.FileProblems)
        {
            await output.WriteLineAsync($"File: {problem.Message}");
        }

        if (!report.Usable)
        {
            return;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{report.Rows} rows: {report.Accepted} to import, {report.Rejected} rejected, {report.AlreadyImported} imported before."));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"They make {report.Consultations} consultations, {report.NewClients} new clients ({report.ExistingClients} registered found), {report.NewCases} new cases ({report.ExistingCases} existing)."));
        foreach (var problem in report.Problems)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Row {problem.Row}{(problem.Column is { } column ? $", {column}" : string.Empty)}: {problem.Message}"));
        }

        foreach (var value in report.Unmapped)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"To map ({value.Kind}): «{value.Text}» in {value.Rows} rows; closest: {string.Join(", ", value.Suggestions.Select(s => $"«{s.Label}»"))}."));
        }

        if (report.Unmapped.Count > 0)
        {
            await output.WriteLineAsync("Confirm what these values mean once on the import page (Imports): the centre keeps the mapping for every later file, here too.");
        }
    }

    private static async Task WriteRejectsAsync(IMediator mediator, int id, ImportReport report, FileInfo? path, TextWriter output, CancellationToken cancellationToken)
    {
        if (path is null || report.Rejected == 0)
        {
            return;
        }

        var rejects = await mediator.Send(new GetImportRejects(id), cancellationToken);
        await File.WriteAllBytesAsync(path.FullName, rejects.Content, cancellationToken);
        await output.WriteLineAsync($"The rejected rows are in {path.FullName}.");
    }
}
