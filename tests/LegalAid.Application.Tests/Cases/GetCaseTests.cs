using LegalAid.Application.Administration.ListCategories;
using LegalAid.Application.Administration.SaveCategory;
using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Cases.CaseFile;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Consultations.VoidConsultation;
using LegalAid.Application.Lookups.GetLookups;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Tests.Cases;

public sealed class GetCaseTests : ApplicationTest
{
    [Fact]
    public async Task TheCaseFile_IsReadOnTheCentresCalendarAndClock()
    {
        App.ActAsLawyerOf(TestApp.Chelyabinsk);
        var id = await OpenCaseAsync();
        await App.SendAsync(new AddDeadline { CaseId = id, Type = DeadlineType.AppealDeadline, DueOn = new DateOnly(2026, 3, 15) });
        await App.SendAsync(new AddDeadline { CaseId = id, Type = DeadlineType.CourtHearing, DueOn = new DateOnly(2026, 3, 16) });
        await App.SendAsync(Requests.LogConsultation(id) with { HeldAt = new DateTime(2026, 3, 10, 14, 30, 0), FollowUpOn = null });

        // 01:30:45 on the 16th in Chelyabinsk (UTC+5), still the 15th by the server's UTC clock.
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 15, 20, 30, 45, TimeSpan.Zero));
        var @case = await App.SendAsync(new GetCase(id));

        Assert.Equal(new DateTime(2026, 3, 16, 1, 30, 0), @case.CentreNow);
        Assert.Equal(new DateOnly(2026, 3, 16), @case.CentreToday);
        Assert.Equal([(DeadlineType.AppealDeadline, true), (DeadlineType.CourtHearing, false)], @case.Deadlines.Select(d => (d.Type, d.IsOverdue)));
        Assert.Equal(new DateTime(2026, 3, 10, 14, 30, 0), Assert.Single(@case.Consultations).HeldAtLocal);
        Assert.Equal("Үсөнбаев Нурлан Өмүрбекович", @case.ClientFullName);
    }

    [Fact]
    public async Task TheLatestConsultations_AreShownWithHowManyEarlierOnesAreLeftOut_VoidedOnesCountedWhateverIsShown()
    {
        var id = await OpenCaseAsync();
        var ids = new List<int>();
        foreach (var day in Enumerable.Range(1, 5))
        {
            ids.Add(await App.SendAsync(Requests.LogConsultation(id) with { HeldAt = new DateTime(2026, 3, day, 10, 0, 0), FollowUpOn = null }));
        }

        await App.SendAsync(new VoidConsultation { CaseId = id, ConsultationId = ids[^1], Reason = "Записана не в то дело" });

        var latest = await App.SendAsync(new GetCase(id, LatestConsultations: 3));
        var latestWithVoided = await App.SendAsync(new GetCase(id, IncludeVoided: true, LatestConsultations: 3));
        var all = await App.SendAsync(new GetCase(id));

        Assert.Equal(("4 3", 2, 1), Shown(latest));
        Assert.Equal(("5 4 3", 2, 1), Shown(latestWithVoided));
        Assert.Equal(("4 3 2 1", 0, 1), Shown(all));
    }

    [Fact]
    public async Task CategoriesAreNamedAsTheyAreNow_ARetiredOneToo()
    {
        var id = await OpenCaseAsync();
        await App.SendAsync(Requests.LogConsultation(id) with { FollowUpOn = null });
        var before = await App.SendAsync(new GetCase(id));

        App.ActAs(Roles.Administrator, centre: null);
        var wages = (await App.SendAsync(new ListCategories())).Single(c => c.Id == Requests.UnpaidWages);
        await App.SendAsync(new SaveCategory
        {
            Id = wages.Id, Code = wages.Code, NameRu = "Невыплата заработка", NameKy = wages.NameKy, NameEn = wages.NameEn, SortOrder = wages.SortOrder, IsActive = false,
        });
        App.ActAsLawyerOf(TestApp.Moscow);
        var after = await App.SendAsync(new GetCase(id));

        var documents = (await App.SendAsync(new GetLookups())).Categories.Single(c => c.Id == Requests.DocumentsAndPatent).Name;
        Assert.Equal([documents], before.OtherCategories);
        Assert.Equal(wages.NameRu, Assert.Single(Assert.Single(before.Consultations).Categories).Ru);
        Assert.Equal("Невыплата заработка", Assert.Single(Assert.Single(after.Consultations).Categories).Ru);
    }

    [Fact]
    public async Task AnotherCentresCase_IsNotFound()
    {
        var id = await OpenCaseAsync();
        App.ActAsLawyerOf(TestApp.Kazan);

        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetCase(id)));
    }

    private static (string Days, int Earlier, int Voided) Shown(CaseDto @case) =>
        (string.Join(' ', @case.Consultations.Select(c => c.HeldAtLocal.Day)), @case.EarlierConsultations, @case.VoidedItems);
}
