using System.Security.Cryptography;
using System.Text.Json;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Common.Behaviours;

public sealed class IdempotencyBehaviourTests : ApplicationTest
{
    [Fact]
    public async Task TheSameSubmissionSentTwice_LogsOneConsultation_AndAnswersTheFirstId()
    {
        var caseId = await OpenCaseAsync();
        App.SubmissionKey.Value = "form-1";

        var first = await App.SendAsync(Requests.LogConsultation(caseId));
        var second = await App.SendAsync(Requests.LogConsultation(caseId));

        Assert.Equal(first, second);
        Assert.Equal(1, await ConsultationsAsync());
    }

    [Fact]
    public async Task TwoTapsAtOnce_LogOneConsultation()
    {
        var caseId = await OpenCaseAsync();
        App.SubmissionKey.Value = "form-1";

        var answers = await Task.WhenAll(App.SendAsync(Requests.LogConsultation(caseId)), App.SendAsync(Requests.LogConsultation(caseId)));

        Assert.Equal(answers[0], answers[1]);
        Assert.Equal(1, await ConsultationsAsync());
    }

    [Fact]
    public async Task AClientRegisteredAgain_GetsTheFirstAnswer_NotAPossibleDuplicate()
    {
        App.SubmissionKey.Value = "form-1";

        var first = await App.SendAsync(Requests.RegisterClient());
        var second = await App.SendAsync(Requests.RegisterClient());

        Assert.Equal(first, second);
        Assert.Equal(1, await App.InDatabaseAsync(db => db.Clients.CountAsync()));
    }

    [Fact]
    public async Task TheSameKeyWithOtherData_IsRefused_AndSavesNothing()
    {
        var caseId = await OpenCaseAsync();
        App.SubmissionKey.Value = "form-1";
        await App.SendAsync(Requests.LogConsultation(caseId));

        var error = await Assert.ThrowsAsync<SubmissionKeyReusedException>(() =>
            App.SendAsync(Requests.LogConsultation(caseId) with { Summary = "Другая консультация." }));

        Assert.Equal(ISubmissionKey.Name, Assert.Single(error.Errors.Keys));
        Assert.Equal(1, await ConsultationsAsync());
    }

    [Fact]
    public async Task ARefusedSubmission_LeavesItsKeyFree_ForTheCorrectedOne()
    {
        var caseId = await OpenCaseAsync();
        App.SubmissionKey.Value = "form-1";
        await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(Requests.LogConsultation(caseId) with { Summary = null, Actions = null }));

        await App.SendAsync(Requests.LogConsultation(caseId));

        Assert.Equal(1, await ConsultationsAsync());
    }

    [Fact]
    public async Task AnotherKey_NoKey_AnotherAccount_OrADayLater_LogsAgain_AndTheDayOldAnswersAreForgotten()
    {
        var caseId = await OpenCaseAsync();
        App.SubmissionKey.Value = "form-1";
        await App.SendAsync(Requests.LogConsultation(caseId));

        App.SubmissionKey.Value = "form-2";
        await App.SendAsync(Requests.LogConsultation(caseId));
        App.SubmissionKey.Value = null;
        await App.SendAsync(Requests.LogConsultation(caseId));
        App.SubmissionKey.Value = "form-1";
        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        await App.SendAsync(Requests.LogConsultation(caseId));
        App.ActAsLawyerOf(TestApp.Moscow);
        App.Clock.Advance(TimeSpan.FromHours(25));
        await App.SendAsync(Requests.LogConsultation(caseId));

        Assert.Equal(5, await ConsultationsAsync());
        Assert.Equal(["form-1"], await App.InDatabaseAsync(db => db.SubmittedRequests.Select(r => r.Key).ToListAsync()));
    }

    [Fact]
    public async Task AKeyLongerThanAHundredCharacters_IsRefused()
    {
        App.SubmissionKey.Value = new string('k', ISubmissionKey.MaxLength + 1);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Requests.RegisterClient()));

        Assert.Equal(ISubmissionKey.Name, Assert.Single(error.Errors.Keys));
        Assert.Equal(0, await App.InDatabaseAsync(db => db.Clients.CountAsync()));
    }

    [Fact]
    public async Task TheRegistrationKept_IsAFingerprintUnderTheServersKey_ThatAGuessAtTheClientCannotBeCheckedAgainst()
    {
        App.SubmissionKey.Value = "form-1";
        var registration = Requests.RegisterClient();
        await App.SendAsync(registration);

        var kept = await App.InDatabaseAsync(db => db.SubmittedRequests.Select(r => r.Fingerprint).SingleAsync());

        var json = JsonSerializer.SerializeToUtf8Bytes(registration);
        Assert.NotEqual(Convert.ToHexString(SHA256.HashData(json)), kept);
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Convert.FromBase64String(TestApp.MasterKey), 32, info: "LegalAid submitted requests"u8.ToArray());
        Assert.Equal(Convert.ToHexString(HMACSHA256.HashData(key, json)), kept);
    }

    private Task<int> ConsultationsAsync() => App.InDatabaseAsync(db => db.Consultations.CountAsync());
}
