using LegalAid.Application.Cases.GetCaseReport;
using LegalAid.Application.Reports.GenerateDonorReport;
using LegalAid.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Benchmarks;

/// <summary>
/// The PDF reports as users ask for them, through the MediatR pipeline (authorisation, validation, audit):
/// the case report of a typical case and of the case with the most consultations, and a 12-month donor report of the three centres,
/// generated and archived, with the statistics facts read from the database and already in memory.
/// </summary>
internal static class ReportsSuite
{
    public static async Task RunAsync(BenchmarkHost cold, BenchmarkHost warm, int runs)
    {
        var caseReports = new List<Timing>();
        foreach (var sample in await SampleCasesAsync(cold))
        {
            cold.User.ActAsLawyer(sample.CentreId, sample.LawyerId);
            caseReports.Add(await Measure.RunAsync($"case report, ru, {sample.Consultations} consultations, {sample.Deadlines} deadlines", runs, async () =>
            {
                await using var scope = cold.Scope();
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetCaseReport(sample.Id, "ru"));
            }));
        }

        cold.User.ActAsProgrammeStaff();

        var lastYear = DateTime.UtcNow.Year - 1;
        var request = new GenerateDonorReport
        {
            From = new DateOnly(lastYear, 1, 1),
            To = new DateOnly(lastYear, 12, 31),
            Centre = [1, 2, 3],
            Language = "en",
            Title = $"Legal aid to labour migrants, {lastYear}",
            Introduction = string.Concat(Enumerable.Repeat("The centres advised migrants from Kyrgyzstan, Tajikistan and Uzbekistan. ", 20)),
        };
        var donorCold = await Measure.RunAsync("donor report, 12 months, 3 centres, generated and archived, facts read from the database", runs, () => GenerateAsync(cold, request));
        warm.User.ActAsBackgroundTask();
        await using (var scope = warm.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<LegalAid.Application.Statistics.Engine.RecentStatistics>().RefreshAsync(CancellationToken.None);
        }

        warm.User.ActAsProgrammeStaff();
        var donorWarm = await Measure.RunAsync("donor report, 12 months, 3 centres, generated and archived, recent years in memory", runs, () => GenerateAsync(warm, request));

        foreach (var timing in caseReports)
        {
            await Console.Out.WriteLineAsync(timing.ToString());
        }

        await Console.Out.WriteLineAsync(donorCold.ToString());
        await Console.Out.WriteLineAsync(donorWarm.ToString());
    }

    private static async Task GenerateAsync(BenchmarkHost host, GenerateDonorReport request)
    {
        await using var scope = host.Scope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>A typical case (ten consultations, the most deadlines among those) and the case with the most consultations.</summary>
    private static async Task<IReadOnlyList<SampleCase>> SampleCasesAsync(BenchmarkHost host)
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LegalAidDbContext>();
        var cases = db.Cases.IgnoreQueryFilters().Select(c => new
        {
            c.Id,
            c.CentreId,
            c.AssignedLawyerId,
            Consultations = db.Consultations.IgnoreQueryFilters().Count(x => x.CaseId == c.Id),
            Deadlines = db.Deadlines.IgnoreQueryFilters().Count(d => d.CaseId == c.Id),
        });
        var typical = await cases.Where(c => c.Consultations == 10).OrderByDescending(c => c.Deadlines).ThenBy(c => c.Id)
            .Select(c => new SampleCase(c.Id, c.CentreId, c.AssignedLawyerId, c.Consultations, c.Deadlines)).FirstAsync();
        var busiest = await cases.OrderByDescending(c => c.Consultations).ThenBy(c => c.Id)
            .Select(c => new SampleCase(c.Id, c.CentreId, c.AssignedLawyerId, c.Consultations, c.Deadlines)).FirstAsync();
        return [typical, busiest];
    }

    private sealed record SampleCase(int Id, int CentreId, int LawyerId, int Consultations, int Deadlines);
}
