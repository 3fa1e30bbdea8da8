using LegalAid.Application.Administration.SaveCategory;
using LegalAid.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests;

/// <summary>Each test gets a fresh database, and the app's configuration with these settings over it.</summary>
public abstract class ApplicationTest(IReadOnlyDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    protected TestApp App { get; } = new(settings);

    public virtual ValueTask InitializeAsync() => App.InitializeAsync();

    /// <summary>Registers <see cref="Requests.RegisterClient"/> and opens <see cref="Requests.OpenCase"/> for them; the case's id.</summary>
    protected async Task<int> OpenCaseAsync() =>
        (await App.SendAsync(Requests.OpenCase(await App.SendAsync(Requests.RegisterClient())))).Id;

    /// <summary>An administrator deactivates the category; the test goes on as a Moscow lawyer.</summary>
    protected async Task DeactivateCategoryAsync(int categoryId)
    {
        var category = await App.InDatabaseAsync(db => db.ProblemCategories.SingleAsync(c => c.Id == categoryId));
        App.ActAs(Roles.Administrator, null);
        await App.SendAsync(new SaveCategory
        {
            Id = category.Id, Code = category.Code, NameRu = category.NameRu, NameKy = category.NameKy, NameEn = category.NameEn, SortOrder = category.SortOrder, IsActive = false,
        });
        App.ActAsLawyerOf(TestApp.Moscow);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
