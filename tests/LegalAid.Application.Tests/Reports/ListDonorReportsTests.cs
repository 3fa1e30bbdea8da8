using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Reports.GenerateDonorReport;
using LegalAid.Application.Reports.GetDonorReportFile;
using LegalAid.Application.Reports.ListDonorReports;
using LegalAid.Application.Reports.PublishDonorReport;

namespace LegalAid.Application.Tests.Reports;

public sealed class ListDonorReportsTests : ApplicationTest
{
    [Fact]
    public async Task Donors_SeeAndDownloadPublishedReportsOnly()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var id = await App.SendAsync(new GenerateDonorReport { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 2, 28), Centre = [TestApp.Kazan], Title = "Q1" });

        App.ActAs(Roles.Donor, null);
        Assert.DoesNotContain(await App.SendAsync(new ListDonorReports()), r => r.Id == id);
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetDonorReportFile(id)));

        App.ActAs(Roles.ProgrammeStaff, null);
        var published = await App.SendAsync(new PublishDonorReport(id, Version: 0));
        await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new PublishDonorReport(id, Version: 1)));

        App.ActAs(Roles.Donor, null);
        var seen = Assert.Single(await App.SendAsync(new ListDonorReports()), r => r.Id == id);
        Assert.Equal(("KZN", "Центр поддержки мигрантов — Казань", string.Empty, null), (seen.Centres, seen.CentreNames, seen.CreatedBy, seen.PublishedBy));
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await App.SendAsync(new GetDonorReportFile(id))).Content, 0, 4));
        Assert.Null(published.Notified);
    }
}
