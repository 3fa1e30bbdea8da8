using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Api;

public sealed class ClientsApiTests : WebTest
{
    [Fact]
    public async Task Register_ThenGet_ReturnsTheNameExactly()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/clients", ApiJson.NewClient());
        var id = await response.CreatedIdAsync();

        var client = await (await Client.GetAsync(response.Headers.Location)).ReadAsync();

        Assert.Equal($"/api/v1/clients/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("Үсөнбаев", (string?)client["familyName"]);
        Assert.Equal("Өмүрбекович", (string?)client["patronymic"]);
        Assert.Equal("Male", (string?)client["sex"]);
        Assert.Equal(["LegalAid", "Contact"], client["consentScopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(0, (int?)client["version"]);
    }

    [Fact]
    public async Task Register_WithBadFields_Returns400WithAnErrorPerField()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/clients", new
        {
            familyName = "   ",
            givenName = new string('ң', 10_000),
            patronymic = "Өмүр\u0007бекович",
            sex = "Male",
            dateOfBirth = "2999-01-01",
            citizenship = "KG",
            preferredLanguage = "ky",
            consentGivenOn = "2026-01-01",
            consentScopes = new[] { "LegalAid" },
            registeringCentreId = 77,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadAsync())["errors"]!.AsObject();
        Assert.Equal(["dateOfBirth", "familyName", "givenName", "patronymic", "registeringCentreId"], errors.Select(e => e.Key).Order());
        Assert.Equal("Заполните поле «Фамилия».", (string?)errors["familyName"]![0]);
        await AssertNoClientsAsync();
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("text/html")]
    public async Task Problems_AreJson_WhateverTheCallerAccepts(string accept)
    {
        using var invalid = new HttpRequestMessage(HttpMethod.Post, "/api/v1/clients") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        invalid.Headers.Accept.ParseAdd(accept);
        using var missing = new HttpRequestMessage(HttpMethod.Get, "/api/v1/clients/999999");
        missing.Headers.Accept.ParseAdd(accept);

        var refused = await Client.SendAsync(invalid);
        var notFound = await Client.SendAsync(missing);

        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (refused.StatusCode, refused.Content.Headers.ContentType?.MediaType));
        Assert.NotNull((await refused.ReadAsync())["errors"]!["familyName"]);
        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (notFound.StatusCode, notFound.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task Register_InTheFuture_Returns400ForTheDate()
    {
        var body = ApiJson.NewClient();
        var json = System.Text.Json.JsonSerializer.Serialize(body).Replace("1990-05-17", "2999-05-17", StringComparison.Ordinal);

        var response = await Client.PostAsync("/api/v1/clients", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadAsync())["errors"]!["dateOfBirth"]);
        await AssertNoClientsAsync();
    }

    [Theory]
    [InlineData("{\"familyName\": \"Асанов\",")]
    [InlineData("not json at all")]
    [InlineData("{\"sex\": \"Alien\"}")]
    [InlineData("{\"registeringCentreId\": \"one\"}")]
    public async Task Register_WithMalformedJson_Returns400ProblemDetails(string json)
    {
        var response = await Client.PostAsync("/api/v1/clients", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync();
        Assert.Equal(400, (int?)problem["status"]);
        Assert.NotEmpty(problem["errors"]!.AsObject());
        await AssertNoClientsAsync();
    }

    [Fact]
    public async Task Get_UnknownClient_Returns404ProblemDetails()
    {
        var response = await Client.GetAsync("/api/v1/clients/4040");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (int?)(await response.ReadAsync())["status"]);
    }

    [Fact]
    public async Task Update_WithAStaleVersion_Returns409AndKeepsTheFirstChange()
    {
        var id = await Client.RegisterClientAsync();
        var first = await Client.PutAsJsonAsync($"/api/v1/clients/{id}", WithVersion(ApiJson.NewClient(familyName: "Үсөнбаева"), 0));

        var stale = await Client.PutAsJsonAsync($"/api/v1/clients/{id}", WithVersion(ApiJson.NewClient(familyName: "Асанов"), 0));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (int?)(await first.ReadAsync())["version"]);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(409, (int?)(await stale.ReadAsync())["status"]);
        Assert.Equal("Үсөнбаева", (string?)(await (await Client.GetAsync($"/api/v1/clients/{id}")).ReadAsync())["familyName"]);
    }

    [Fact]
    public async Task Find_SearchesCyrillicAndLatin()
    {
        await Client.PostAsJsonAsync("/api/v1/clients", ApiJson.NewClient());

        var cyrillic = await (await Client.GetAsync("/api/v1/clients?query=" + Uri.EscapeDataString("үсөнбаев"))).ReadAsync();
        var latin = await (await Client.GetAsync("/api/v1/clients?query=usonbaev&pageSize=5")).ReadAsync();
        var refused = await Client.GetAsync("/api/v1/clients?pageSize=1000");

        Assert.Equal(1, (int?)cyrillic["clients"]!["totalCount"]);
        Assert.Equal("Нурлан", (string?)latin["clients"]!["items"]![0]!["givenName"]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task Find_ListsCyrillicNamesByTheRussianAlphabetThenLatinOnes()
    {
        foreach (var family in new[] { "Zaripov", "Ўроқов", "Abdullaev", "Ғуломов", "Гасанов", "Азизов", "Үсөнбаев" })
        {
            await Client.PostAsJsonAsync("/api/v1/clients", With(ApiJson.NewClient(family), ("latinName", null), ("phone", null)));
        }

        var found = await (await Client.GetAsync("/api/v1/clients?pageSize=50")).ReadAsync();

        Assert.Equal(
            ["Азизов", "Гасанов", "Ғуломов", "Ўроқов", "Үсөнбаев", "Abdullaev", "Zaripov"],
            found["clients"]!["items"]!.AsArray().Select(c => (string?)c!["familyName"]));
    }

    [Fact]
    public async Task Find_AWholeNameInTheOtherScript()
    {
        await Client.PostAsJsonAsync("/api/v1/clients", With(ApiJson.NewClient("Рахмонов"), ("givenName", "Азиз"), ("latinName", null), ("phone", null)));

        var found = await (await Client.GetAsync("/api/v1/clients?query=" + Uri.EscapeDataString("Aziz Rahmonov"))).ReadAsync();

        Assert.Equal("Рахмонов", (string?)found["clients"]!["items"]![0]!["familyName"]);
    }

    [Fact]
    public async Task Register_APhoneWithoutCountryCode_StoresItInE164AndShowsItGrouped()
    {
        var id = await (await Client.PostAsJsonAsync("/api/v1/clients", With(ApiJson.NewClient(), ("phone", "0555 123 456")))).CreatedIdAsync();

        var client = await (await Client.GetAsync($"/api/v1/clients/{id}")).ReadAsync();

        Assert.Equal("+996555123456", (string?)client["phone"]);
        Assert.Equal("+996 555 123 456", (string?)client["phoneDisplay"]);
    }

    [Fact]
    public async Task Register_WithAnImpossiblePhone_Returns400ForThePhone()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/clients", With(ApiJson.NewClient(), ("phone", "+996 555 12")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["phone"], (await response.ReadAsync())["errors"]!.AsObject().Select(e => e.Key));
        await AssertNoClientsAsync();
    }

    private static Dictionary<string, object?> With(object body, params (string Name, object? Value)[] changes)
    {
        var fields = body.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(body));
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        return fields;
    }

    private static Dictionary<string, object?> WithVersion(object body, int version)
    {
        var fields = body.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(body));
        fields["version"] = version;
        return fields;
    }

    private async Task AssertNoClientsAsync() =>
        Assert.Equal(0, await Factory.InDatabaseAsync(db => db.Clients.CountAsync()));
}
