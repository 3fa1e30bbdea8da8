using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using LegalAid.Application.Common.Interfaces;

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

    /// <summary>A centre's spreadsheet of one client with one consultation, as a coordinator exports it from Excel.</summary>
    public const string ImportSheet =
        "Фамилия;Имя;Пол;Дата рождения;Гражданство;Согласие дано;Проблема;Дата консультации;Канал;Юрист;Длительность, мин;Содержание\n" +
        "Үсөнбаев;Нурлан;М;17.05.1990;Кыргызстан;01.03.2026;unpaid-wages;10.03.2026;звонок;Тест Lawyer 1;45;Консультация по зарплате\n";

    /// <summary>The sheet as a coordinator uploads it: UTF-8 CSV.</summary>
    public static MultipartFormDataContent CsvUpload(string text) => CsvUpload(System.Text.Encoding.UTF8.GetBytes(text));

    public static MultipartFormDataContent CsvUpload(byte[] content) => Upload(content, "text/csv", "клиенты.csv");

    /// <summary>A minimal valid PDF, as a browser or a script would upload it.</summary>
    public static MultipartFormDataContent PdfUpload(string fileName) =>
        Upload("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF"u8.ToArray(), "application/pdf", fileName);

    /// <summary>A PDF of about this many megabytes (a long comment after its header), as a large scan would be.</summary>
    public static MultipartFormDataContent PdfUpload(string fileName, int megabytes) =>
        Upload([.. "%PDF-1.7\n%"u8, .. Enumerable.Repeat((byte)'x', megabytes * 1024 * 1024)], "application/pdf", fileName);

    private static MultipartFormDataContent Upload(byte[] content, string mediaType, string fileName)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    /// <summary>Registers <see cref="NewClient"/> under this family name; the client's id.</summary>
    public static async Task<int> RegisterClientAsync(this HttpClient api, string familyName = "Үсөнбаев") =>
        await (await api.PostAsJsonAsync("/api/v1/clients", NewClient(familyName))).CreatedIdAsync();

    /// <summary>A day before every fixed day a test dates a deadline on: a deadline is dated within its case.</summary>
    public const string EarlyOpening = "2026-11-01";

    /// <summary>Opens a case of unpaid wages for the client, as a lawyer's script would, today unless told; the case's id.</summary>
    public static async Task<int> OpenCaseAsync(this HttpClient api, int clientId, string? openedOn = null) =>
        await (await api.PostAsJsonAsync("/api/v1/cases", new { clientId, primaryCategoryId = 6, openedOn })).CreatedIdAsync();

    /// <summary>A case opened <paramref name="daysAgo"/> days before today at the centre (as the desk says it), for deadlines dated back to then.</summary>
    public static async Task<(int CaseId, DateOnly Today)> OpenCaseDaysAgoAsync(this HttpClient api, int daysAgo)
    {
        var today = DateOnly.Parse((string)(await (await api.GetAsync("/api/v1/desk")).ReadAsync())["today"]!, CultureInfo.InvariantCulture);
        var openedOn = today.AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (await api.OpenCaseAsync(await api.RegisterClientAsync(), openedOn), today);
    }

    /// <summary>The case's consultations, as the API lists them.</summary>
    public static async Task<JsonArray> ConsultationsAsync(this HttpClient api, int caseId) =>
        (await (await api.GetAsync($"/api/v1/cases/{caseId}/consultations")).ReadAsync()).AsArray();

    /// <summary>A phone consultation logged through the API under a submission key, as a client that retries sends it.</summary>
    public static HttpRequestMessage LogConsultation(int caseId, int lawyerId, string submissionKey, string summary = "Жалоба в трудовую инспекцию.")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/consultations")
        {
            Content = JsonContent.Create(new { channel = "Phone", lawyerId, durationMinutes = 20, summary }),
        };
        request.Headers.Add(ISubmissionKey.Name, submissionKey);
        return request;
    }

    public static async Task<JsonNode> ReadAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static async Task<int> CreatedIdAsync(this HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
