using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Cases.CloseCase;
using LegalAid.Application.Cases.CompleteDeadline;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.ReopenDeadline;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Consultations.LogConsultation;
using LegalAid.Application.Consultations.VoidConsultation;
using LegalAid.Application.Resources;
using LegalAid.Application.Desk.GetDesk;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Consultations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LegalAid.Application.Tests.Consultations;

public sealed class LogConsultationTests : ApplicationTest
{
    [Fact]
    public async Task ShouldAddTheConsultationToTheCaseTimeline()
    {
        var caseId = await OpenCaseAsync();

        await App.SendAsync(Requests.LogConsultation(caseId));
        await App.SendAsync(Requests.LogConsultation(caseId) with { HeldAt = new DateTime(2026, 3, 12, 10, 0, 0), Channel = ConsultationChannel.Phone, Actions = null });

        var timeline = (await App.SendAsync(new GetCase(caseId))).Consultations;
        Assert.Equal([ConsultationChannel.Phone, ConsultationChannel.InPerson], timeline.Select(c => c.Channel));
        var first = timeline[1];
        Assert.Equal(new DateTime(2026, 3, 10, 11, 30, 0, DateTimeKind.Utc), first.HeldAtUtc);
        Assert.Equal(new DateTime(2026, 3, 10, 14, 30, 0), first.HeldAtLocal);
        Assert.Equal([ConsultationActions.LegalAdvice, ConsultationActions.DocumentDrafted], first.Actions);
        Assert.Equal(45, first.DurationMinutes);
        Assert.Equal("Юрист центра 1", first.LawyerFullName);
        Assert.Equal(new DateOnly(2026, 3, 20), first.FollowUpOn);
        Assert.Equal("Невыплата зарплаты, трудовой спор", Assert.Single(first.Categories).Ru);
    }

    [Fact]
    public async Task ItsNextContact_IsACallBackOnTheCase_MarkedAsSetAtTheConsultation()
    {
        var caseId = await OpenCaseAsync();
        await App.SendAsync(Requests.LogConsultation(caseId));
        await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CallBack, DueOn = new DateOnly(2026, 4, 2) });

        var deadlines = (await App.SendAsync(new GetCase(caseId))).Deadlines;

        Assert.Equal([(new DateOnly(2026, 3, 20), true), (new DateOnly(2026, 4, 2), false)], deadlines.Where(d => d.Type == DeadlineType.CallBack).Select(d => (d.DueOn, d.IsFollowUp)));
    }

    [Fact]
    public async Task ALaterContact_KeepsTheCallBackDueByItsDay_AndVoidingThatContactMakesItPendingAgain()
    {
        var caseId = await OpenCaseAsync();
        await App.SendAsync(Requests.LogConsultation(caseId) with { FollowUpOn = new DateOnly(2026, 3, 12) });
        Assert.Equal(1, (await App.SendAsync(new GetDesk())).Counts.Overdue);

        var contactId = await App.SendAsync(Requests.LogConsultation(caseId) with { HeldAt = new DateTime(2026, 3, 13, 9, 0, 0), Channel = ConsultationChannel.Phone, FollowUpOn = null });

        var kept = Assert.Single((await App.SendAsync(new GetCase(caseId))).Deadlines);
        Assert.Equal((true, (DateOnly?)new DateOnly(2026, 3, 13)), (kept.IsDone, kept.DoneOn));
        Assert.Equal((0, contactId), (
            (await App.SendAsync(new GetDesk())).Counts.Overdue,
            await App.InDatabaseAsync(db => db.Deadlines.Where(d => d.Id == kept.Id).Select(d => d.KeptByConsultationId).SingleAsync())));

        await App.SendAsync(new VoidConsultation { CaseId = caseId, ConsultationId = contactId, Version = 0, Reason = "Записана не в то дело" });

        var pending = Assert.Single((await App.SendAsync(new GetCase(caseId))).Deadlines);
        Assert.Equal((false, (DateOnly?)null, true), (pending.IsDone, pending.DoneOn, pending.IsOverdue));
        Assert.Equal(1, (await App.SendAsync(new GetDesk())).Counts.Overdue);
    }

    [Fact]
    public async Task ACallBackReopenedAndDoneByHand_StaysDone_WhenTheContactThatKeptItIsVoided()
    {
        var caseId = await OpenCaseAsync();
        await App.SendAsync(Requests.LogConsultation(caseId) with { FollowUpOn = new DateOnly(2026, 3, 12) });
        var contactId = await App.SendAsync(Requests.LogConsultation(caseId) with { HeldAt = new DateTime(2026, 3, 13, 9, 0, 0), FollowUpOn = null });
        var kept = Assert.Single((await App.SendAsync(new GetCase(caseId))).Deadlines);

        var reopened = await App.SendAsync(new ReopenDeadline { CaseId = caseId, DeadlineId = kept.Id, Version = kept.Version });
        Assert.False(Assert.Single((await App.SendAsync(new GetCase(caseId))).Deadlines).IsKeptByContact);
        await App.SendAsync(new CompleteDeadline { CaseId = caseId, DeadlineId = kept.Id, Version = reopened });
        await App.SendAsync(new VoidConsultation { CaseId = caseId, ConsultationId = contactId, Version = 0, Reason = "Записана не в то дело" });

        var doneByHand = Assert.Single((await App.SendAsync(new GetCase(caseId))).Deadlines);
        Assert.Equal((true, (DateOnly?)App.Today, false), (doneByHand.IsDone, doneByHand.DoneOn, doneByHand.IsKeptByContact));
    }

    [Fact]
    public async Task CallBacksLeftPendingBeforeTheRule_AreKeptByTheirLaterContact_WhenTheDatabaseIsMigrated()
    {
        var caseId = await OpenCaseAsync();
        await App.SendAsync(Requests.LogConsultation(caseId) with { FollowUpOn = new DateOnly(2026, 3, 12) });
        var contactId = await App.SendAsync(Requests.LogConsultation(caseId) with { HeldAt = new DateTime(2026, 3, 13, 9, 0, 0), FollowUpOn = new DateOnly(2026, 3, 20) });
        await App.InDatabaseAsync(async db =>
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("20261205142807_ClientsOfACentreInIdOrder");
            await db.Database.ExecuteSqlAsync($"UPDATE Deadlines SET IsDone = 0, DoneOn = NULL");
            await db.Database.ExecuteSqlAsync($"UPDATE Cases SET NextDueOn = '2026-03-12'");
            await migrator.MigrateAsync();
            return 0;
        });

        var deadlines = (await App.SendAsync(new GetCase(caseId))).Deadlines.OrderBy(d => d.DueOn).Select(d => (d.DueOn, d.IsDone, d.DoneOn));
        Assert.Equal([(new DateOnly(2026, 3, 12), true, (DateOnly?)new DateOnly(2026, 3, 13)), (new DateOnly(2026, 3, 20), false, null)], deadlines);
        Assert.Equal([contactId, null], await App.InDatabaseAsync(db => db.Deadlines.OrderBy(d => d.DueOn).Select(d => d.KeptByConsultationId).ToListAsync()));
        Assert.Equal(new DateOnly(2026, 3, 20), await App.InDatabaseAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.NextDueOn).SingleAsync()));
    }

    [Fact]
    public async Task ShouldBeHeldNowWhenNoTimeIsGiven()
    {
        var caseId = await OpenCaseAsync();

        await App.SendAsync(Requests.LogConsultation(caseId) with { HeldAt = null, FollowUpOn = null });

        var consultation = Assert.Single((await App.SendAsync(new GetCase(caseId))).Consultations);
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime, consultation.HeldAtUtc);
    }

    [Fact]
    public async Task ShouldRefuseAConsultationInTheFuture()
    {
        var caseId = await OpenCaseAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(Requests.LogConsultation(caseId) with { HeldAt = new DateTime(2026, 3, 15, 12, 30, 0), FollowUpOn = null }));

        Assert.Equal("HeldAt", Assert.Single(error.Errors.Keys));
        await AssertNoConsultationsAsync();
    }

    [Fact]
    public async Task ATimeTomorrowOnTheCentresClock_IsRefusedWithTheFormsOtherErrors()
    {
        var caseId = await OpenCaseAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new LogConsultation { CaseId = caseId, HeldAt = new DateTime(2026, 3, 16, 10, 0, 0), Channel = ConsultationChannel.InPerson, DurationMinutes = 30, Summary = " " }));

        Assert.Equal(["HeldAt", "Summary"], error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([Messages.InFuture], error.Errors["HeldAt"]);
        await AssertNoConsultationsAsync();
    }

    [Fact]
    public async Task ShouldRefuseAConsultationMoreThanAWeekBeforeTheCaseOpened()
    {
        var caseId = await OpenCaseAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(Requests.LogConsultation(caseId) with { HeldAt = new DateTime(2026, 2, 22, 18, 0, 0) }));

        Assert.Equal("HeldAt", Assert.Single(error.Errors.Keys));
        Assert.Contains("неделю", error.Errors["HeldAt"][0], StringComparison.Ordinal);
        await AssertNoConsultationsAsync();
    }

    [Fact]
    public async Task ShouldAcceptTheIntakeOnTheFridayBeforeTheCaseWasOpenedOnMonday()
    {
        var caseId = await OpenCaseAsync();

        await App.SendAsync(Requests.LogConsultation(caseId) with { HeldAt = new DateTime(2026, 2, 27, 17, 0, 0) });

        Assert.Equal(new DateOnly(2026, 2, 27), DateOnly.FromDateTime(Assert.Single((await App.SendAsync(new GetCase(caseId))).Consultations).HeldAtLocal));
    }

    [Fact]
    public async Task ShouldRefuseTheUntouchedForm_NoSummaryAndNoAction()
    {
        var caseId = await OpenCaseAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new LogConsultation { CaseId = caseId, Channel = ConsultationChannel.InPerson, DurationMinutes = 30, Summary = " " }));

        Assert.Equal("Summary", Assert.Single(error.Errors.Keys));
        Assert.Equal("Опишите консультацию или отметьте хотя бы одно действие.", error.Errors["Summary"][0]);
        await AssertNoConsultationsAsync();
    }

    [Fact]
    public async Task ShouldRefuseAConsultationWithoutChannelOrDuration()
    {
        var caseId = await OpenCaseAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(Requests.LogConsultation(caseId) with { Channel = null, DurationMinutes = null }));

        Assert.Equal(["Channel", "DurationMinutes"], error.Errors.Keys.Order());
        Assert.Equal("Выберите значение в поле «Канал».", error.Errors["Channel"][0]);
        Assert.Equal("Заполните поле «Длительность, мин».", error.Errors["DurationMinutes"][0]);
    }

    [Fact]
    public async Task ShouldRefuseAConsultationOnAClosedCase()
    {
        var caseId = await OpenCaseAsync();
        await App.SendAsync(new CloseCase { Id = caseId, Version = 0, Outcome = CaseOutcome.AdviceOnly });

        await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Requests.LogConsultation(caseId)));

        await AssertNoConsultationsAsync();
    }

    [Fact]
    public async Task ShouldRefuseBadInputAllAtOnce()
    {
        var caseId = await OpenCaseAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Requests.LogConsultation(caseId) with
        {
            Channel = (ConsultationChannel)99,
            DurationMinutes = 0,
            CategoryIds = [404],
            Actions = [(ConsultationActions)1024],
            Summary = new string('ү', 10_000),
            FollowUpOn = new DateOnly(2026, 3, 9),
        }));

        Assert.Equal(["Actions", "CategoryIds", "Channel", "DurationMinutes", "FollowUpOn", "Summary"], error.Errors.Keys.Order());
        Assert.Equal(["Дата следующего контакта не может быть раньше консультации."], error.Errors["FollowUpOn"]);
        await AssertNoConsultationsAsync();
    }

    [Fact]
    public async Task ShouldRefuseALawyerOfAnotherCentre()
    {
        var caseId = await OpenCaseAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(Requests.LogConsultation(caseId) with { LawyerId = App.LawyerOf[TestApp.Kazan] }));

        Assert.Equal("LawyerId", Assert.Single(error.Errors.Keys));
    }

    [Fact]
    public async Task ShouldSayNotFoundForAnUnknownCase() =>
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(Requests.LogConsultation(31337)));

    private async Task AssertNoConsultationsAsync() =>
        Assert.Equal(0, await App.InDatabaseAsync(db => db.Consultations.CountAsync()));
}
