using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Consultations.LogConsultation;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Infrastructure.Tests.SqlServer;

/// <summary>
/// The kept answers of idempotent commands on SQL Server: the use cases run without a submission key
/// (<see cref="QueryTranslationTests"/>), so their lookup, the pruning and the insert are sent here.
/// </summary>
public sealed class SubmittedRequestsTranslationTests
{
    [Fact]
    public async Task LookingUpForgettingAndRecordingAnAnswer_SendsSqlThatSqlServersParserAccepts()
    {
        await using var app = new OfflineSqlServerApp();
        app.SubmissionKey.Value = "retry-7f3a";

        // The fake answers the lookup with a plausible earlier submission, whose fingerprint is not this request's.
        var stop = await app.SendAsync(UseCaseSamples.All.OfType<LogConsultation>().First());
        var recorded = await app.InScopeAsync(services => services.GetRequiredService<ISubmittedRequests>().RecordAsync(
            new Submission("offline-user", "retry-7f3a", nameof(LogConsultation)), new SubmittedAnswer(new string('A', 64), "42"), DateTime.UtcNow.AddDays(-1), CancellationToken.None));

        Assert.Equal(ISubmissionKey.Name, Assert.Single(Assert.IsType<SubmissionKeyReusedException>(stop).Errors.Keys));
        Assert.Null(recorded);
        var sent = app.Server.Commands.Where(c => c.Text.Contains("[SubmittedRequests]", StringComparison.Ordinal)).ToList();
        Assert.Contains(sent, c => c.Text.Contains("SELECT", StringComparison.Ordinal));
        Assert.Contains(sent, c => c.Text.Contains("DELETE", StringComparison.Ordinal));
        Assert.Contains(sent, c => c.Text.Contains("INSERT", StringComparison.Ordinal));
        Assert.All(sent, c => Assert.Empty(c.ParseErrors));
    }
}
