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

    /// <summary>A minimal valid PDF, as a browser or a script would upload it.</summary>
    public static MultipartFormDataContent PdfUpload(string fileName)
    {
        var file = new ByteArrayContent("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF"u8.ToArray());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    public static async Task<JsonNode> ReadAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static async Task<int> CreatedIdAsync(this HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
