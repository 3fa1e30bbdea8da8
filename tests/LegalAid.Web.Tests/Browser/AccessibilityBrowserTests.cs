using System.Net.Http.Json;
using LegalAid.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Browser;

/// <summary>
/// axe-core's WCAG 2.0 A and AA rules (<see cref="Accessibility"/>) over every page each role reaches by its links, on a desktop (1280 px) and on a
/// phone (360 px), with one of everything on them (<see cref="SampleRecords"/>): not one violation.
/// </summary>
public sealed class AccessibilityBrowserTests : BrowserTest
{
    [Theory]
    [InlineData(LegalAidFactory.LawyerMow)]
    [InlineData(LegalAidFactory.CoordinatorMow)]
    [InlineData(LegalAidFactory.CoordinatorKzn)]
    [InlineData(LegalAidFactory.Programme)]
    [InlineData(LegalAidFactory.Donor)]
    [InlineData(LegalAidFactory.Admin)]
    public async Task EveryPageOfARole_HasNoViolations_OnADesktopOrAPhone(string account)
    {
        await SampleRecords.SeedAsync(Factory);
        var violations = new List<AccessibilityViolation>();
        var phone = Open(BrowserSize.Phone(360));
        IReadOnlyList<string> pages = [];

        Step("sign in", () =>
        {
            Browser.SignIn(account);
            phone.SignIn(account);
        });

        Step("walk every page on the desktop", () => pages = PageWalk.From(Browser, "/", _ => violations.AddRange(Browser.Violations())));

        Step("the same pages on the phone", () =>
        {
            foreach (var page in pages)
            {
                phone.GoTo(page);
                violations.AddRange(phone.Violations());
            }
        });

        TestContext.Current.TestOutputHelper?.WriteLine($"{account}: {pages.Count} pages at 1280 and 360 px: {string.Join(" ", pages)}");
        Assert.True(pages.Count >= 3, $"{account} reached only {string.Join(", ", pages)}.");
        Assert.True(violations.Count == 0, Report(account, pages, violations));
    }

    [Fact]
    public async Task AJustGeneratedReport_IsHighlightedWithoutViolations()
    {
        await SampleRecords.SeedAsync(Factory);
        var id = await Factory.InDatabaseAsync(db => db.DonorReports.Select(r => r.Id).SingleAsync());
        var violations = new List<AccessibilityViolation>();

        Step("sign in and open the archive with the report just generated", () =>
        {
            Browser.SignIn(LegalAidFactory.Programme);
            Browser.GoTo($"/Reports?generated={id}");
            Browser.WaitFor($"tr#report-{id}.table-success");
            violations.AddRange(Browser.Violations());
        });

        Assert.True(violations.Count == 0, Report(LegalAidFactory.Programme, [$"/Reports?generated={id}"], violations));
    }

    [Fact]
    public void TheSignInPage_HasNoViolations_EmptyOrRefused()
    {
        var violations = new List<AccessibilityViolation>();
        var phone = Open(BrowserSize.Phone(360));

        foreach (var browser in new[] { Browser, phone })
        {
            Step($"the empty form at {browser.Size}", () =>
            {
                browser.GoTo("/Account/Login");
                violations.AddRange(browser.Violations());
            });

            Step($"a refused password at {browser.Size}", () =>
            {
                browser.Fill("input[name='Input.Email']", LegalAidFactory.LawyerMow);
                browser.Fill("input[name='Input.Password']", "wrong password");
                browser.Click("form:has(input[name='Input.Password']) button[type=submit]");
                browser.WaitFor(".validation-summary-errors");
                violations.AddRange(browser.Violations());
            });
        }

        Assert.True(violations.Count == 0, Report("the sign-in page", ["/Account/Login"], violations));
    }

    [Fact]
    public void ANewApiToken_ShownOnce_HasNoViolations_OnAPhone()
    {
        var violations = new List<AccessibilityViolation>();
        var phone = Open(BrowserSize.Phone(360));

        Step("issue a token", () =>
        {
            phone.SignIn(LegalAidFactory.LawyerMow);
            phone.GoTo("/Account/Tokens");
            phone.Fill("#Input_Name", "Отчёты в Excel");
            phone.Click("form[action*='handler=Issue'] button[type=submit]");
            phone.WaitFor(".alert-warning code");
            violations.AddRange(phone.Violations());
        });

        Assert.True(violations.Count == 0, Report("a new API token", ["/Account/Tokens"], violations));
    }

    [Fact]
    public async Task ClosingACaseWithAHearingAhead_RefusedUntilConfirmed_HasNoViolations_OnAPhone()
    {
        using var api = await SampleRecords.ApiAsync(Factory, LegalAidFactory.LawyerMow);
        var caseId = await SampleRecords.OpenCaseAsync(api, ApiJson.NewClient("Үсөнбаев"));
        await SampleRecords.Created(api.PostAsJsonAsync($"/api/v1/cases/{caseId}/deadlines", new { type = "CourtHearing", dueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7) }));
        var violations = new List<AccessibilityViolation>();
        var phone = Open(BrowserSize.Phone(360));

        Step("close without confirming the hearing", () =>
        {
            phone.SignIn(LegalAidFactory.LawyerMow);
            phone.GoTo($"/Cases/{caseId}/close");
            phone.Select("#Input_Outcome", "AdviceOnly");
            phone.Click("main form button[type=submit]");
            phone.WaitFor("#upcoming-hearings .field-validation-error");
            violations.AddRange(phone.Violations());
        });

        Assert.True(violations.Count == 0, Report("closing a case with a hearing ahead", [$"/Cases/{caseId}/close"], violations));
    }

    private static string Report(string who, IReadOnlyList<string> pages, List<AccessibilityViolation> violations) =>
        $"{violations.Count} violation(s) of axe-core's {string.Join(", ", Accessibility.Rules)} rules for {who} over {pages.Count} page(s) "
        + $"({string.Join(" ", pages)}):\n{string.Join("\n", violations)}";
}
