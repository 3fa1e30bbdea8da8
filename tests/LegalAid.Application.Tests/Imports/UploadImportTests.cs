using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Imports.UploadImport;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Imports;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Imports;

public sealed class UploadImportTests : ImportTest
{
    [Fact]
    public async Task ShouldKeepTheFileForTheCoordinatorsCentreAndAuditIt()
    {
        var content = ImportFile.Utf8([ImportFile.Row()]);

        var id = await App.SendAsync(new UploadImport("клиенты 2019.csv", content));

        var import = await App.InDatabaseAsync(db => db.DataImports.SingleAsync(i => i.Id == id));
        Assert.Equal((TestApp.Moscow, "клиенты 2019.csv", ImportStatus.Uploaded), (import.CentreId, import.FileName, import.Status));
        Assert.Equal(content, import.Content);
        Assert.Equal(1, await App.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(DataImport) && e.Action == AuditAction.Created)));
    }

    [Fact]
    public async Task AFileNamedLikeMorePairs_IsKeptInTheAuditAsOneEscapedValue()
    {
        await App.SendAsync(new UploadImport("x; lawyer=2; rows=999%.csv", ImportFile.Utf8([ImportFile.Row()])));

        var details = await App.InDatabaseAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(DataImport)).Select(e => e.Details).SingleAsync());

        Assert.StartsWith("file=x%3B lawyer%3D2%3B rows%3D999%25.csv; bytes=", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldRefuseAnotherCentreFileTypesAndEmptyFiles()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new UploadImport("клиенты.pdf", [], TestApp.Kazan)));

        Assert.Equal(["CentreId", "Content", "FileName"], error.Errors.Keys.Order());
        Assert.Equal(0, await App.InDatabaseAsync(db => db.DataImports.CountAsync()));
    }

    [Fact]
    public async Task NoFileChosen_IsRefusedWithOneMessageSayingSo()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new UploadImport(null, [])));

        var (field, messages) = Assert.Single(error.Errors);
        Assert.Equal("Content", field);
        Assert.Equal(["Выберите файл."], messages);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(99)]
    public async Task AnAdministrator_MustNameAnExistingCentre(int? centreId)
    {
        App.ActAs(Roles.Administrator, centre: null);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new UploadImport("клиенты.csv", ImportFile.Utf8([ImportFile.Row()]), centreId)));

        Assert.Equal("CentreId", Assert.Single(error.Errors.Keys));
        Assert.Equal(0, await App.InDatabaseAsync(db => db.DataImports.CountAsync()));
    }

    [Fact]
    public async Task ShouldLetNoLawyerImport()
    {
        App.ActAsLawyerOf(TestApp.Moscow);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new UploadImport("клиенты.csv", ImportFile.Utf8([ImportFile.Row()]))));
    }
}
