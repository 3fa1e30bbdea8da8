using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Imports.Common;
using LegalAid.Application.Imports.ConfirmImportMappings;
using LegalAid.Application.Imports.RunImport;
using LegalAid.Domain.Consultations;
using LegalAid.Domain.Imports;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Imports;

public sealed class ConfirmImportMappingsTests : ImportTest
{
    [Fact]
    public async Task ShouldApplyTheConfirmedMappingToThisFileAndKeepItForTheNext()
    {
        var row = ImportFile.Row();
        row[ImportField.Problem] = "трудовой спор";
        row[ImportField.Channel] = "звонок";
        var (id, report) = await CheckAsync(ImportFile.Utf8([row]));
        Assert.Equal(2, report.Unmapped.Count);

        var rechecked = await App.SendAsync(new ConfirmImportMappings(id,
        [
            new(ImportValueKind.Problem, "трудовой спор", Requests.UnpaidWages),
            new(ImportValueKind.Channel, "звонок", (int)ConsultationChannel.Phone),
        ]));

        Assert.Equal((1, 0), (rechecked.Accepted, rechecked.Unmapped.Count));
        var next = ImportFile.OtherRow();
        next[ImportField.Problem] = "Трудовой  СПОР";
        next[ImportField.Channel] = "Звонок";
        var (_, nextReport) = await CheckAsync(ImportFile.Utf8([next]));
        Assert.Empty(nextReport.Problems);
        await App.SendAsync(new RunImport(id, SkipRejected: false));
        var consultation = await App.InDatabaseAsync(db => db.Consultations.SingleAsync());
        Assert.Equal(ConsultationChannel.Phone, consultation.Channel);
    }

    [Fact]
    public async Task ShouldKeepTheMappingsToTheCentre()
    {
        var row = ImportFile.Row();
        row[ImportField.Channel] = "звонок";
        var (id, _) = await CheckAsync(ImportFile.Utf8([row]));
        await App.SendAsync(new ConfirmImportMappings(id, [new(ImportValueKind.Channel, "звонок", (int)ConsultationChannel.Phone)]));

        App.ActAs(Roles.Coordinator, TestApp.Kazan);
        var kazanRow = ImportFile.Row();
        kazanRow[ImportField.Channel] = "звонок";
        kazanRow[ImportField.Lawyer] = "Юрист центра 2";
        var (_, kazan) = await CheckAsync(ImportFile.Utf8([kazanRow]));

        Assert.Equal(ImportProblems.UnmappedValueInEachLanguage, Assert.Single(kazan.Problems).Code);
    }

    [Fact]
    public async Task ShouldRefuseAMappingToNothingTheAppKnows()
    {
        var row = ImportFile.Row();
        row[ImportField.Lawyer] = "Асанов";
        var (id, _) = await CheckAsync(ImportFile.Utf8([row]));

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new ConfirmImportMappings(id,
            [new(ImportValueKind.Lawyer, "Асанов", App.LawyerOf[TestApp.Kazan])])));

        Assert.Equal(["Mappings[0].TargetId"], error.Errors.Keys);
        Assert.Equal(0, await App.InDatabaseAsync(db => db.ImportMappings.CountAsync()));
    }
}
