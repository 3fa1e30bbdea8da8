using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LegalAid.Web.Tests.Api;

internal static class ApiJson
{
    public static object NewClient(string familyName = "Үсөнбаев") => new
    {
        familyName,
        givenName = "Нурлан",
        patronymic = "Өмүрбекович",
        latinName = "Usonbaev Nurlan",
        sex = "Male",
        dateOfBirth = "1990-05-17",
        citizenship = "KG",
        phone = "+7 916 123-45-67",
        preferredLanguage = "ky",
        consentGivenOn = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        consentScopes = new[] { "LegalAid", "Contact" },
    };

    public static async Task<JsonNode> ReadAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static async Task<int> CreatedIdAsync(this HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
