using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace LegalAid.Web.Tests.Pages;

/// <summary>Reads pages and submits their forms the way a browser would, antiforgery token included.</summary>
internal static class HtmlPage
{
    public static async Task<IHtmlDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    /// <summary>
    /// Posts the page's main form with its current values, overridden by <paramref name="fields"/>; to the server
    /// that rendered it, or to <paramref name="server"/> (another node of the same app).
    /// </summary>
    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, IHtmlDocument page, IDictionary<string, string> fields, string formSelector = "main form[method=post]", Uri? server = null)
    {
        var form = (IHtmlFormElement)page.QuerySelector(formSelector)!;
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked && !fields.ContainsKey(box.Name!):
                    values.Add(new(box.Name!, box.Value));
                    break;
                case IHtmlInputElement { Type: not ("checkbox" or "radio" or "submit") } input when input.Name is { Length: > 0 } && !fields.ContainsKey(input.Name):
                    values.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 } && !fields.ContainsKey(area.Name):
                    values.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } && !fields.ContainsKey(select.Name):
                    values.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(select.Name, o.Value)));
                    break;
            }
        }

        values.AddRange(fields);
        var rendered = new Uri(page.Url);
        var action = new Uri(server ?? rendered, string.IsNullOrEmpty(form.GetAttribute("action")) ? rendered.PathAndQuery : form.GetAttribute("action")!).ToString();
        return client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public static string? ErrorFor(IDocument page, string field) =>
        page.QuerySelector($"span[data-valmsg-for='{field}']")?.TextContent.Trim();
}
