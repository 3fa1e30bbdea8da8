using LegalAid.Application.Common.Reports;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Reports.GenerateDonorReport;
using LegalAid.Application.Reports.ListDonorReports;
using LegalAid.Application.Reports.PublishDonorReport;
using LegalAid.Application.Statistics.GetStatistics;
using LegalAid.Domain.Reports;

namespace LegalAid.Application.Tests.Reports;

/// <summary>
/// Apart from <see cref="GenerateDonorReportTests"/>, whose demo world it would change: a report published there would
/// refuse the overlapping periods its other tests generate.
/// </summary>
public sealed class ArchivedSuppressionLossTests(DemoWorld world) : IClassFixture<DemoWorld>
{
    private static readonly DateOnly From = new(2024, 3, 1);
    private static readonly DateOnly To = new(2026, 2, 28);

    private TestApp App => world.App;

    [Fact]
    public async Task TheArchive_KeepsWhatSuppressionCostTheReport_ForProgrammeStaffOnly()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var id = await App.SendAsync(new GenerateDonorReport { From = From, To = To, Language = "en", Title = "Legal aid to labour migrants, 2024–2026" });
        InformationLoss expected;
        using (ReportLanguage.Use("en"))
        {
            expected = DonorTables.Of(await App.SendAsync(new GetStatistics(From, To)), TestApp.CentreNamesInEnglish).Loss;
        }

        var listed = (await App.SendAsync(new ListDonorReports())).Single(r => r.Id == id);
        Assert.Equal((expected.Cells, expected.HiddenCells, expected.HiddenTotals, expected.HiddenShare), (listed.TableCells!.Value, listed.HiddenCells!.Value, listed.HiddenTotals!.Value, listed.HiddenShare!.Value));
        Assert.True(listed.HiddenCells > 0);

        await App.SendAsync(new PublishDonorReport(id, listed.Version));
        App.ActAs(Roles.Donor, null);
        var seen = (await App.SendAsync(new ListDonorReports())).Single(r => r.Id == id);
        Assert.Equal((null, null, null, null), (seen.TableCells, seen.HiddenCells, seen.HiddenTotals, seen.HiddenShare));
    }
}
