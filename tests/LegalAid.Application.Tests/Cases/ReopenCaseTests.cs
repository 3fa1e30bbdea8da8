using LegalAid.Application.Cases.CloseCase;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.ReopenCase;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Resources;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Tests.Cases;

public sealed class ReopenCaseTests : ApplicationTest
{
    [Fact]
    public async Task ShouldReopenAndKeepTheWholeHistory()
    {
        var id = await OpenCaseAsync();
        await App.SendAsync(new CloseCase { Id = id, Version = 0, Outcome = CaseOutcome.NotResolved, ClosedOn = new DateOnly(2026, 3, 5) });

        await App.SendAsync(new ReopenCase { Id = id, Version = 1, ReopenedOn = new DateOnly(2026, 3, 12), Note = "Клиент принёс расчётные листки" });

        var @case = await App.SendAsync(new GetCase(id));
        Assert.Equal(CaseStatus.Open, @case.Status);
        Assert.Null(@case.Outcome);
        Assert.Equal([(CaseStatus.Open, false), (CaseStatus.Closed, false), (CaseStatus.Open, true)], @case.History.Select(h => (h.Status, h.IsReopening)));
        Assert.Equal(CaseOutcome.NotResolved, @case.History[1].Outcome);
        Assert.Equal("Клиент принёс расчётные листки", @case.History[2].Note);
        Assert.Equal("Юрист центра 1", @case.History[2].ByStaffMemberFullName);
    }

    [Fact]
    public async Task AReasonTooLong_IsNamedAsTheFormLabelsIt()
    {
        var id = await OpenCaseAsync();
        await App.SendAsync(new CloseCase { Id = id, Version = 0, Outcome = CaseOutcome.NotResolved, ClosedOn = new DateOnly(2026, 3, 5) });
        using var _ = ReportLanguage.Use("ru");

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new ReopenCase { Id = id, Version = 1, Note = new string('я', Case.NoteMaxLength + 1) }));

        Assert.Contains("«Причина»", Assert.Single(error.Errors[nameof(ReopenCase.Note)]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldRefuseToReopenAnOpenCase()
    {
        var id = await OpenCaseAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new ReopenCase { Id = id, Version = 0 }));

        Assert.Equal(Messages.CaseNotClosed, Assert.Single(error.Errors[string.Empty]));
    }
}
