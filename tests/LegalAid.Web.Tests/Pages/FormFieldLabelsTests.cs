using System.Globalization;
using System.Net.Http.Json;
using AngleSharp.Dom;
using LegalAid.Application.Common.Validation;
using LegalAid.Web.Tests.Api;

namespace LegalAid.Web.Tests.Pages;

/// <summary>
/// A value a form cannot read (a year typed «1e3», a day a browser let through, a choice edited in the address) is
/// refused naming its field by the label kept for model binding («Field.BirthYear»), apart from the one the form
/// shows: the two must read the same.
/// </summary>
public sealed class FormFieldLabelsTests : WebTest
{
    [Fact]
    public async Task EveryDateAndNumberField_IsNamedByItsBindingErrorAsItsLabelReads()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        var mismatches = await MismatchesAsync(
            await FormPagesAsync(admin), "input[type=number], input[type=date], input[type=time], input[type=datetime-local]", unlabelledAllowed: false);

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    /// <summary>
    /// A choice with no kept label is refused without a name; one with a label must read as the form does. The
    /// filter pages' periods are left out: «Начало периода» names «С» in a message, where «С» alone would say nothing.
    /// </summary>
    [Fact]
    public async Task EveryChoiceWithAKeptLabel_IsNamedByItsBindingErrorAsItsLabelReads()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        var pages = (await FormPagesAsync(admin)).Concat([(coordinator, "/Exports"), (coordinator, "/Statistics")]).ToList();

        var mismatches = await MismatchesAsync(pages, "select", unlabelledAllowed: true);

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private async Task<List<(HttpClient Reader, string Url)>> FormPagesAsync(HttpClient admin)
    {
        var (caseId, today) = await Client.OpenCaseDaysAgoAsync(0);
        var deadlineId = await (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "CourtHearing", dueOn = today })).CreatedIdAsync();
        var consultationId = await (await Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/consultations", new { channel = "Phone", durationMinutes = 10, summary = "Звонок" })).CreatedIdAsync();
        return
        [
            (Client, "/Clients/Register"), (Client, "/Clients"), (Client, "/Transfers/Request"), (Client, "/Account/Tokens"), (Client, "/Cases"),
            (Client, $"/Cases/{caseId}"), (Client, $"/Cases/{caseId}/edit"), (Client, $"/Cases/{caseId}/close"), (Client, $"/Cases/{caseId}/consultations/new"),
            (Client, $"/Cases/{caseId}/deadlines/{deadlineId}"), (Client, $"/Cases/{caseId}/consultations/{consultationId}"), (admin, "/Admin/Categories"), (admin, "/Admin/Erase"),
        ];
    }

    private static async Task<List<string>> MismatchesAsync(IEnumerable<(HttpClient Reader, string Url)> pages, string fields, bool unlabelledAllowed)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru-RU");
        try
        {
            var mismatches = new List<string>();
            foreach (var (reader, url) in pages)
            {
                var page = await HtmlPage.GetAsync(reader, url);
                foreach (var field in page.QuerySelectorAll(fields))
                {
                    var shown = Shown(page, field);
                    var name = field.GetAttribute("name")!;
                    var kept = FieldLabel.Of(name[(name.LastIndexOf('.') + 1)..] is var last && last.Length > 0 ? char.ToUpperInvariant(last[0]) + last[1..] : last);
                    if (kept != shown && !(kept is null && unlabelledAllowed))
                    {
                        mismatches.Add($"{url} {name}: shown «{shown}», named «{kept}»");
                    }
                }
            }

            return mismatches;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string Shown(IDocument page, IElement field) =>
        (page.QuerySelector($"label[for='{field.Id}']")?.TextContent ?? field.GetAttribute("aria-label") ?? string.Empty).Replace("*", string.Empty, StringComparison.Ordinal).Trim();
}
