using LegalAid.Application.Administration.SavePartner;
using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Cases.CompleteDeadline;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.GetDocument;
using LegalAid.Application.Cases.RecordReferralResult;
using LegalAid.Application.Cases.ReferClient;
using LegalAid.Application.Cases.UploadDocument;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Desk.GetDesk;
using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Cases;

public sealed class UploadDocumentTests : ApplicationTest
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF"u8.ToArray();

    [Fact]
    public async Task Deadlines_AppearOnTheCaseAndTheDeskUntilDone()
    {
        var caseId = await OpenAsync();
        var hearing = await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CourtHearing, DueOn = App.Today.AddDays(3), Note = "Зал 5" });
        await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.AppealDeadline, DueOn = App.Today.AddDays(-1) });
        await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.DocumentDue, DueOn = App.Today.AddDays(30) });

        var desk = await App.SendAsync(new GetDesk());
        Assert.Equal([DeadlineType.AppealDeadline, DeadlineType.CourtHearing], desk.Due.Where(d => !d.IsFollowUp).Select(d => d.DeadlineType));

        await App.SendAsync(new CompleteDeadline(caseId, hearing));

        var @case = await App.SendAsync(new GetCase(caseId));
        Assert.True(@case.Deadlines.Single(d => d.Id == hearing).IsDone);
        Assert.Equal(App.Today, @case.Deadlines.Single(d => d.Id == hearing).DoneOn);
        Assert.DoesNotContain((await App.SendAsync(new GetDesk())).Due, d => d.DeadlineId == hearing);
    }

    [Fact]
    public async Task AFollowUp_IsDueUntilALaterConsultation()
    {
        var caseId = await OpenAsync();
        await App.SendAsync(Requests.LogConsultation(caseId) with { FollowUpOn = App.Today.AddDays(2) });
        Assert.Single((await App.SendAsync(new GetDesk())).Due, d => d.IsFollowUp);

        await App.SendAsync(Requests.LogConsultation(caseId) with { HeldAt = new DateTime(2026, 3, 14, 10, 0, 0), FollowUpOn = null });

        var desk = await App.SendAsync(new GetDesk());
        Assert.DoesNotContain(desk.Due, d => d.IsFollowUp);
        Assert.Equal(2, desk.RecentConsultations.Count);
        Assert.Single(desk.OpenCases);
    }

    [Fact]
    public async Task ADocument_IsKeptAndReturnedWithItsContent()
    {
        var caseId = await OpenAsync();

        var id = await App.SendAsync(new UploadDocument(caseId, "Решение суда № 2-451.pdf", Pdf));

        var listed = Assert.Single((await App.SendAsync(new GetCase(caseId))).Documents);
        Assert.Equal("Решение суда № 2-451.pdf", listed.FileName);
        Assert.Equal("application/pdf", listed.ContentType);
        var download = await App.SendAsync(new GetDocument(caseId, id));
        await using var content = download.Content;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        Assert.Equal(Pdf, copy.ToArray());
    }

    [Theory]
    [InlineData("notes.pdf", "MZ executable pretending")]
    [InlineData("photo.png", "<html><script>alert(1)</script></html>")]
    public async Task AFileIsJudgedByItsContentNotItsName(string fileName, string content)
    {
        var caseId = await OpenAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new UploadDocument(caseId, fileName, System.Text.Encoding.UTF8.GetBytes(content))));

        Assert.Equal("File", Assert.Single(error.Errors.Keys));
        Assert.Equal(0, await App.InDatabaseAsync(db => db.CaseDocuments.CountAsync()));
    }

    [Fact]
    public async Task AFileOver10Megabytes_IsRefused()
    {
        var caseId = await OpenAsync();
        var big = new byte[(10 * 1024 * 1024) + 1];
        Pdf.CopyTo(big, 0);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new UploadDocument(caseId, "big.pdf", big)));

        Assert.Equal("File", Assert.Single(error.Errors.Keys));
    }

    [Fact]
    public async Task AnotherCentresDocument_IsNotFound()
    {
        var caseId = await OpenAsync();
        var id = await App.SendAsync(new UploadDocument(caseId, "a.pdf", Pdf));
        App.ActAsLawyerOf(TestApp.Kazan);

        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetDocument(caseId, id)));
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CallBack, DueOn = App.Today }));
    }

    [Fact]
    public async Task AReferral_IsRecordedAndItsResultLater()
    {
        var caseId = await OpenAsync();
        App.ActAs(Roles.Administrator, null);
        var partner = await App.SendAsync(new SavePartner { Name = "Кризисный центр «Сестры»", Contact = "+7 499 000-00-00" });
        App.ActAsLawyerOf(TestApp.Moscow);

        var referral = await App.SendAsync(new ReferClient { CaseId = caseId, PartnerId = partner, Note = "Нужен приют" });
        await App.SendAsync(new RecordReferralResult { CaseId = caseId, ReferralId = referral, Result = ReferralResult.Helped });

        var listed = Assert.Single((await App.SendAsync(new GetCase(caseId))).Referrals);
        Assert.Equal("Кризисный центр «Сестры»", listed.PartnerName);
        Assert.Equal(ReferralResult.Helped, listed.Result);
        Assert.Equal(App.Today, listed.ResultOn);
    }

    [Fact]
    public async Task AReferralToAnUnknownPartner_IsRefused()
    {
        var caseId = await OpenAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new ReferClient { CaseId = caseId, PartnerId = 99 }));

        Assert.Equal("PartnerId", Assert.Single(error.Errors.Keys));
    }

    private async Task<int> OpenAsync() =>
        (await App.SendAsync(Requests.OpenCase(await App.SendAsync(Requests.RegisterClient())))).Id;
}
