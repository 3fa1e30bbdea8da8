using System.Globalization;
using System.Net.Http.Json;
using LegalAid.Application.Common.Validation;
using LegalAid.Web.Tests.Api;

namespace LegalAid.Web.Tests.Pages;

/// <summary>
/// A value a form cannot read (a year typed «1e3», a day a browser let through) is refused naming its field by the
/// label kept for model binding («Field.BirthYear»), apart from the one the form shows: the two must read the same.
/// </summary>
public sealed class FormFieldLabelsTests : WebTest
{
    [Fact]
    public async Task EveryDateAndNumberField_IsNamedByItsBindingErrorAsItsLabelReads()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru-RU");
        try
        {
            var (caseId, today) = await Client.OpenCaseDaysAgoAsync(0);
            var deadlineId = await (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "CourtHearing", dueOn = today })).CreatedIdAsync();
            var consultationId = await (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { channel = "Phone", durationMinutes = 10, summary = "Звонок" })).CreatedIdAsync();
            using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
            var pages = new (HttpClient Reader, string Url)[]
            {
                (Client, "/Clients/Register"), (Client, "/Clients"), (Client, "/Transfers/Request"), (Client, "/Account/Tokens"), (Client, "/Cases"),
                (Client, $"/Cases/{caseId}"), (Client, $"/Cases/{caseId}/edit"), (Client, $"/Cases/{caseId}/close"), (Client, $"/Cases/{caseId}/consultations/new"),
                (Client, $"/Cases/{caseId}/deadlines/{deadlineId}"), (Client, $"/Cases/{caseId}/consultations/{consultationId}"), (admin, "/Admin/Categories"), (admin, "/Admin/Erase"),
            };

            var unnamed = new List<string>();
            foreach (var (reader, url) in pages)
            {
                var page = await HtmlPage.GetAsync(reader, url);
                foreach (var field in page.QuerySelectorAll("input[type=number], input[type=date], input[type=time], input[type=datetime-local]"))
                {
                    var shown = (page.QuerySelector($"label[for='{field.Id}']")?.TextContent ?? field.GetAttribute("aria-label") ?? string.Empty).Replace("*", string.Empty, StringComparison.Ordinal).Trim();
                    var name = field.GetAttribute("name")!;
                    var kept = FieldLabel.Of(name[(name.LastIndexOf('.') + 1)..] is var last && last.Length > 0 ? char.ToUpperInvariant(last[0]) + last[1..] : last);
                    if (kept != shown)
                    {
                        unnamed.Add($"{url} {name}: shown «{shown}», named «{kept}»");
                    }
                }
            }

            Assert.True(unnamed.Count == 0, string.Join(Environment.NewLine, unnamed));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
