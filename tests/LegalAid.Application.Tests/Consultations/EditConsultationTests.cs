using LegalAid.Application.Audit.FindAuditEntries;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Consultations.EditConsultation;
using LegalAid.Application.Consultations.VoidConsultation;
using LegalAid.Application.Desk.GetDesk;
using LegalAid.Application.Lookups.GetLookups;
using LegalAid.Application.Resources;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Consultations;
using LegalAid.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Consultations;

public sealed class EditConsultationTests : ApplicationTest
{
    private int caseId;
    private int consultationId;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        caseId = await OpenCaseAsync();
        consultationId = await App.SendAsync(Requests.LogConsultation(caseId));
    }

    private EditConsultation Correction(int version = 0) => new()
    {
        CaseId = caseId,
        ConsultationId = consultationId,
        Version = version,
        Channel = ConsultationChannel.Phone,
        DurationMinutes = 20,
        CategoryIds = [Requests.DocumentsAndPatent],
        Actions = [ConsultationActions.ComplaintOrLetter],
        Summary = "Составлена жалоба в трудовую инспекцию; клиент Өмүрбеков перезвонит.",
        FollowUpOn = new DateOnly(2026, 3, 25),
    };

    [Fact]
    public async Task TheAuthor_CorrectsWhatWasRecorded_AndTheVersionMoves()
    {
        var version = await App.SendAsync(Correction());

        var consultation = Assert.Single((await App.SendAsync(new GetCase(caseId))).Consultations);
        Assert.Equal(1, version);
        Assert.Equal((1, ConsultationChannel.Phone, 20, ConsultationActions.ComplaintOrLetter), (consultation.Version, consultation.Channel, consultation.DurationMinutes, Assert.Single(consultation.Actions)));
        Assert.Equal("Составлена жалоба в трудовую инспекцию; клиент Өмүрбеков перезвонит.", consultation.Summary);
        Assert.Equal([Requests.DocumentsAndPatent], consultation.CategoryIds);
        Assert.Equal((new DateOnly(2026, 3, 25), (DateTime?)App.Clock.GetUtcNow().UtcDateTime), (consultation.FollowUpOn, consultation.CorrectedAtUtc));
        Assert.Equal(new DateTime(2026, 3, 10, 11, 30, 0, DateTimeKind.Utc), consultation.HeldAtUtc);
    }

    [Fact]
    public async Task ACategoryDeactivatedSince_StaysOnItsConsultation_AndIsOfferedThere_ButNoOtherConsultationTakesIt()
    {
        var otherId = await App.SendAsync(Requests.LogConsultation(caseId) with { CategoryIds = [Requests.DocumentsAndPatent] });
        await DeactivateCategoryAsync(Requests.UnpaidWages);
        var consultations = (await App.SendAsync(new GetCase(caseId))).Consultations;

        await App.SendAsync(EditConsultation.From(caseId, consultations.Single(c => c.Id == consultationId)) with { Summary = "Работодатель обещал заплатить в марте." });
        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(
            EditConsultation.From(caseId, consultations.Single(c => c.Id == otherId)) with { CategoryIds = [Requests.DocumentsAndPatent, Requests.UnpaidWages] }));

        Assert.Equal([Requests.UnpaidWages], (await App.SendAsync(new GetCase(caseId))).Consultations.Single(c => c.Id == consultationId).CategoryIds);
        Assert.Contains((await App.SendAsync(new GetLookups(ConsultationId: consultationId))).Categories, c => c.Id == Requests.UnpaidWages);
        Assert.DoesNotContain((await App.SendAsync(new GetLookups(ConsultationId: otherId))).Categories, c => c.Id == Requests.UnpaidWages);
        Assert.Equal(["Проблема «Невыплата зарплаты, трудовой спор» больше не используется: выберите другую."], refused.Errors[nameof(EditConsultation.CategoryIds)]);
    }

    [Fact]
    public async Task ACorrectedFollowUpDate_MovesItsCallBack_OnTheDeskAndInTheCaseFile()
    {
        await App.SendAsync(Correction() with { FollowUpOn = new DateOnly(2026, 3, 18) });

        var callBack = Assert.Single((await App.SendAsync(new GetDesk())).Due.Items);
        Assert.Equal((true, DeadlineType.CallBack, new DateOnly(2026, 3, 18)), (callBack.IsFollowUp, callBack.DeadlineType, callBack.DueOn));
        var file = await App.SendAsync(new GetCase(caseId, IncludeVoided: true));
        Assert.Equal((callBack.DeadlineId, (DateTime?)null), (Assert.Single(file.Deadlines).Id, file.Deadlines[0].VoidedAtUtc));
        Assert.Equal(new DateOnly(2026, 3, 18), Assert.Single(file.Consultations).FollowUpOn);
    }

    [Fact]
    public async Task ADroppedFollowUpDate_VoidsItsCallBack_SayingWhy_AndANewDateAddsOneAgain()
    {
        var version = await App.SendAsync(Correction() with { FollowUpOn = null });

        Assert.Empty((await App.SendAsync(new GetDesk())).Due.Items);
        var file = await App.SendAsync(new GetCase(caseId, IncludeVoided: true));
        Assert.Null(Assert.Single(file.Consultations).FollowUpOn);
        var dropped = Assert.Single(file.Deadlines);
        Assert.Equal(("Дата перезвона убрана при исправлении консультации", new DateOnly(2026, 3, 20)), (dropped.VoidReason, dropped.DueOn));

        await App.SendAsync(Correction(version) with { FollowUpOn = new DateOnly(2026, 3, 17) });

        Assert.Equal(new DateOnly(2026, 3, 17), Assert.Single((await App.SendAsync(new GetDesk())).Due.Items, d => d.IsFollowUp).DueOn);
        Assert.Equal(new DateOnly(2026, 3, 17), Assert.Single((await App.SendAsync(new GetCase(caseId))).Consultations).FollowUpOn);
        Assert.Equal(2, (await App.SendAsync(new GetCase(caseId, IncludeVoided: true))).Deadlines.Count);
    }

    [Fact]
    public async Task TheEditForm_StartsFromTheConsultationAsRead()
    {
        var read = Assert.Single((await App.SendAsync(new GetCase(caseId))).Consultations);

        var form = EditConsultation.From(caseId, read);

        Assert.Equal([ConsultationActions.LegalAdvice, ConsultationActions.DocumentDrafted], form.Actions);
        Assert.Equal((ConsultationChannel.InPerson, (int?)45, "Подготовлена претензия работодателю."), (form.Channel, form.DurationMinutes, form.Summary));
        Assert.Equal(1, await App.SendAsync(form));
    }

    [Fact]
    public async Task TheCorrection_IsInTheAuditTrail_FromWhatToWhat()
    {
        await App.SendAsync(Correction());

        var entry = await App.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.EntityType == nameof(Consultation) && e.Action == AuditAction.Updated));
        Assert.Equal(consultationId.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityId);
        Assert.Contains("\"Channel\":[\"InPerson\",\"Phone\"]", entry.Changes, StringComparison.Ordinal);
        Assert.Contains("\"Summary\":\"sealed\"", entry.Changes, StringComparison.Ordinal);
        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        var shown = Assert.Single((await App.SendAsync(new FindAuditEntries(EntityType: nameof(Consultation), Action: AuditAction.Updated))).Entries.Items);
        Assert.Contains("Өмүрбеков", shown.Changes.Single(c => c.Field == "Summary").After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCentresCoordinator_MayCorrectIt()
    {
        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        App.CurrentUser.StaffMemberId = await AddStaffAsync("Координатор Москвы");

        Assert.Equal(1, await App.SendAsync(Correction()));
    }

    [Fact]
    public async Task AnotherLawyerOfTheCentre_IsRefused_AndTheRefusalAudited()
    {
        App.CurrentUser.StaffMemberId = await AddStaffAsync("Другой юрист");

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(Correction()));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new VoidConsultation { CaseId = caseId, ConsultationId = consultationId, Reason = "Чужая" }));

        var refusals = await App.InDatabaseAsync(db => db.AuditEntries.Where(e => e.Action == AuditAction.AccessDenied).Select(e => e.EntityId).ToListAsync());
        Assert.Equal(["EditConsultation", "VoidConsultation"], refusals.Order());
        Assert.Equal(0, Assert.Single((await App.SendAsync(new GetCase(caseId))).Consultations).Version);
    }

    [Fact]
    public async Task AStaleVersion_IsAConflict_AndTheFirstCorrectionStays()
    {
        await App.SendAsync(Correction());

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => App.SendAsync(Correction() with { Summary = "Опоздавшая правка" }));

        Assert.Equal("Составлена жалоба в трудовую инспекцию; клиент Өмүрбеков перезвонит.", Assert.Single((await App.SendAsync(new GetCase(caseId))).Consultations).Summary);
    }

    [Fact]
    public async Task AFollowUpBeforeTheConsultationsDay_IsRefusedWithTheOtherErrors()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Correction() with { DurationMinutes = 0, FollowUpOn = new DateOnly(2026, 3, 9) }));

        Assert.Equal([nameof(EditConsultation.DurationMinutes), nameof(EditConsultation.FollowUpOn)], error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1, await App.SendAsync(Correction() with { FollowUpOn = new DateOnly(2026, 3, 10) }));
    }

    [Fact]
    public async Task CorrectingIntoAnEmptyConsultation_IsRefused()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Correction() with { Actions = [], Summary = null }));

        Assert.Equal("Summary", Assert.Single(error.Errors.Keys));
    }

    [Fact]
    public async Task AVoidedConsultation_CannotBeCorrected_AndACorrectionOfTheVersionBefore_IsToldItChanged()
    {
        await App.SendAsync(new VoidConsultation { CaseId = caseId, ConsultationId = consultationId, Reason = "Дубликат" });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => App.SendAsync(Correction(version: 0)));
        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(Correction(version: 1)));
        Assert.Equal([Messages.AlreadyVoided], refused.Errors.Single().Value);
    }

    [Fact]
    public async Task AConsultationOfAnotherCase_IsNotFound()
    {
        var otherCase = (await App.SendAsync(Requests.OpenCase(await App.SendAsync(Requests.RegisterClient() with { NotADuplicate = true })))).Id;

        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(Correction() with { CaseId = otherCase }));
    }

    private Task<int> AddStaffAsync(string name) => App.InDatabaseAsync(async db =>
    {
        var staff = new StaffMember(name, TestApp.Moscow);
        db.StaffMembers.Add(staff);
        await db.SaveChangesAsync();
        return staff.Id;
    });
}
