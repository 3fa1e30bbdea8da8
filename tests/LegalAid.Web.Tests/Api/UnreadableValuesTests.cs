using System.Net;

namespace LegalAid.Web.Tests.Api;

/// <summary>
/// A value the API cannot read is refused by its field's name whichever binder reads it (Api/UnreadableValues,
/// Api/BoundAtRunTime): a choice in another case than its name's, a value sent twice where one is read, one sent
/// empty, an upload without its form.
/// </summary>
public sealed class UnreadableValuesTests : WebTest
{
    [Theory]
    [InlineData("/api/v1/cases?status=open", "status")]
    [InlineData("/api/v1/cases?sort=newestfirst", "sort")]
    [InlineData("/api/v1/cases?status=Open&status=Closed", "status")]
    [InlineData("/api/v1/cases?pageNumber=1&pageNumber=2", "pageNumber")]
    [InlineData("/api/v1/cases?openedFrom=2026-01-01&openedFrom=2026-02-01", "openedFrom")]
    [InlineData("/api/v1/cases?pageSize=", "pageSize")]
    [InlineData("/api/v1/cases/1?includeVoided=", "includeVoided")]
    [InlineData("/api/v1/exports/cases?format=", "format")]
    public async Task AValueItsParameterCannotHold_IsRefusedByTheFieldsName(string url, string field)
    {
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);

        var response = await coordinator.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadAsync())["errors"]?[field] is not null, $"{url}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task TheSameValuesInTheirNamesCase_AreRead()
    {
        var response = await Client.GetAsync("/api/v1/cases?status=Open&sort=NewestFirst&pageNumber=1&openedFrom=2026-01-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/imports")]
    [InlineData("/api/v1/cases/{case}/documents")]
    public async Task AnUploadWithoutItsForm_IsRefusedAsAProblem_NotAnError(string url)
    {
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        var caseId = await coordinator.OpenCaseAsync(await coordinator.RegisterClientAsync());

        var response = await coordinator.PostAsync(url.Replace("{case}", caseId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), content: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
