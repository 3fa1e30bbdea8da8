using System.Runtime.Versioning;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.GetDocument;
using LegalAid.Application.Cases.UploadDocument;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Domain.Cases;
using LegalAid.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Cases;

public sealed class UploadDocumentTests : ApplicationTest
{
    [Fact]
    public async Task ADocument_IsKeptAndReturnedWithItsContent()
    {
        var caseId = await OpenCaseAsync();

        var id = await App.SendAsync(new UploadDocument(caseId, "Решение суда № 2-451.pdf", Requests.Pdf));

        var listed = Assert.Single((await App.SendAsync(new GetCase(caseId))).Documents);
        Assert.Equal("Решение суда № 2-451.pdf", listed.FileName);
        Assert.Equal("application/pdf", listed.ContentType);
        var download = await App.SendAsync(new GetDocument(caseId, id));
        await using var content = download.Content;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        Assert.Equal(Requests.Pdf, copy.ToArray());
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task ADocumentsFile_AndTheDatabase_AreReadableByTheAppsAccountOnly()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows has no Unix file modes: its folders' access lists are the deployment's to set.");

        var caseId = await OpenCaseAsync();

        var id = await App.SendAsync(new UploadDocument(caseId, "Паспорт.pdf", Requests.Pdf));

        var key = await App.InDatabaseAsync(db => db.CaseDocuments.Where(d => d.Id == id).Select(d => d.StorageKey).SingleAsync());
        var file = Path.Combine(await App.InScopeAsync(services => Task.FromResult(services.GetRequiredService<DocumentsFolder>().Path)), FileSystemDocumentStore.RelativePathOf(key));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(App.DatabaseFile));
    }

    [Theory]
    [InlineData("evil.exe", "evil.exe.pdf")]
    [InlineData("Решение суда", "Решение суда.pdf")]
    [InlineData("Решение.PDF", "Решение.PDF")]
    public async Task ADocumentsName_EndsInItsTypesExtension(string sent, string kept)
    {
        var caseId = await OpenCaseAsync();

        await App.SendAsync(new UploadDocument(caseId, sent, Requests.Pdf));

        Assert.Equal(kept, Assert.Single((await App.SendAsync(new GetCase(caseId))).Documents).FileName);
    }

    [Fact]
    public async Task ALongNameWithoutItsTypesExtension_IsCutBeforeTheExtensionAdded_NeverInsideALetter()
    {
        var caseId = await OpenCaseAsync();
        var cutInsideAnEmoji = new string('а', CaseDocument.FileNameMaxLength - 5) + "😀x.e";

        await App.SendAsync(new UploadDocument(caseId, new string('а', 300)[..CaseDocument.FileNameMaxLength], Requests.Pdf));
        await App.SendAsync(new UploadDocument(caseId, cutInsideAnEmoji, Requests.Pdf));

        var names = (await App.SendAsync(new GetCase(caseId))).Documents.Select(d => d.FileName).ToList();
        Assert.All(names, name => Assert.InRange(name.Length, CaseDocument.FileNameMaxLength - 5, CaseDocument.FileNameMaxLength));
        Assert.Contains(new string('а', CaseDocument.FileNameMaxLength - 4) + ".pdf", names);
        Assert.Contains(new string('а', CaseDocument.FileNameMaxLength - 5) + ".pdf", names);
    }

    [Theory]
    [InlineData("notes.pdf", "MZ executable pretending")]
    [InlineData("photo.png", "<html><script>alert(1)</script></html>")]
    public async Task AFileIsJudgedByItsContentNotItsName(string fileName, string content)
    {
        var caseId = await OpenCaseAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new UploadDocument(caseId, fileName, System.Text.Encoding.UTF8.GetBytes(content))));

        Assert.Equal("File", Assert.Single(error.Errors.Keys));
        Assert.Equal(0, await App.InDatabaseAsync(db => db.CaseDocuments.CountAsync()));
    }

    [Fact]
    public async Task AFileOver10Megabytes_IsRefused()
    {
        var caseId = await OpenCaseAsync();
        var big = new byte[(10 * 1024 * 1024) + 1];
        Requests.Pdf.CopyTo(big, 0);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new UploadDocument(caseId, "big.pdf", big)));

        Assert.Equal("File", Assert.Single(error.Errors.Keys));
    }

    [Fact]
    public async Task NoFileChosen_IsRefusedWithOneMessageSayingSo()
    {
        var caseId = await OpenCaseAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new UploadDocument(caseId, null, Array.Empty<byte>())));

        var (field, messages) = Assert.Single(error.Errors);
        Assert.Equal("File", field);
        Assert.Equal(["Выберите файл."], messages);
    }

    [Fact]
    public async Task AFileNameTooLong_IsRefusedAsTheFilesName()
    {
        var caseId = await OpenCaseAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new UploadDocument(caseId, new string('д', 201) + ".pdf", Requests.Pdf)));

        var (field, messages) = Assert.Single(error.Errors);
        Assert.Equal("File", field);
        Assert.Equal(["Имя файла длиннее 200 символов. Переименуйте файл и выберите его снова."], messages);
        Assert.Equal(0, await App.InDatabaseAsync(db => db.CaseDocuments.CountAsync()));
    }
}
