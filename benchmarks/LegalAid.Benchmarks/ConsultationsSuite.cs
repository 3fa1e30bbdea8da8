using LegalAid.Application.Consultations.LogConsultation;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Consultations;
using LegalAid.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Benchmarks;

/// <summary>
/// Logging consultations as lawyers do, through the MediatR pipeline (validation, one transaction, the change audit):
/// one at a time, and four at once on four cases of one centre, as a centre's lawyers do at a busy hour. Each request
/// writes the consultation and its audit entries; the audit appends to the trail's hash chain, whose head row is locked
/// until the transaction ends, so concurrent writers queue there (on SQLite they queue for the database anyway).
/// </summary>
internal static class ConsultationsSuite
{
    private const int AtOnce = 4;

    public static async Task RunAsync(BenchmarkHost host, int runs)
    {
        var cases = await OpenCasesAsync(host);
        host.User.ActAsLawyer(cases[0].CentreId, cases[0].LawyerId);
        var one = await Measure.RunAsync("log a consultation (audited, sealed, chained)", runs, () => LogAsync(host, cases[0].Id));
        var several = await Measure.RunAsync($"log {AtOnce} consultations at once, 4 cases of one centre", runs, () => Task.WhenAll(cases.Select(c => LogAsync(host, c.Id))));
        await Console.Out.WriteLineAsync(one.ToString());
        await Console.Out.WriteLineAsync(several.ToString());
    }

    private static async Task LogAsync(BenchmarkHost host, int caseId)
    {
        await using var scope = host.Scope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new LogConsultation
        {
            CaseId = caseId,
            HeldAt = DateTime.UtcNow.AddHours(-1),
            Channel = ConsultationChannel.Phone,
            DurationMinutes = 20,
            Actions = [ConsultationActions.LegalAdvice],
            Summary = "Работодатель обещал выплатить долг по зарплате до конца месяца; клиент принесёт расчётные листки.",
        });
    }

    /// <summary>Open cases of the first centre that has enough, with the lawyer assigned to the first.</summary>
    private static async Task<IReadOnlyList<OpenCase>> OpenCasesAsync(BenchmarkHost host)
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LegalAidDbContext>();
        var open = await db.Cases.IgnoreQueryFilters().Where(c => c.Status == CaseStatus.Open).OrderBy(c => c.CentreId).ThenBy(c => c.Id)
            .Select(c => new OpenCase(c.Id, c.CentreId, c.AssignedLawyerId)).ToListAsync();
        return open.GroupBy(c => c.CentreId).First(g => g.Count() >= AtOnce).Take(AtOnce).ToList();
    }

    private sealed record OpenCase(int Id, int CentreId, int LawyerId);
}
