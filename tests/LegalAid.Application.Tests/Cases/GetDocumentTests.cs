using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Cases.GetDocument;
using LegalAid.Application.Cases.UploadDocument;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Tests.Cases;

public sealed class GetDocumentTests : ApplicationTest
{
    [Fact]
    public async Task AnotherCentresDocument_IsNotFound()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new UploadDocument(caseId, "a.pdf", Requests.Pdf));
        App.ActAsLawyerOf(TestApp.Kazan);

        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetDocument(caseId, id)));
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CallBack, DueOn = App.Today }));
    }
}
