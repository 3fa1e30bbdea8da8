using System.Globalization;
using LegalAid.Domain.Auditing;
using LegalAid.Web.Localisation;
using LegalAid.Web.Pages.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Web.Tests.Pages;

/// <summary>Details kept as JSON read in the reader's language; anything else (older sentences, a malformed value) as kept.</summary>
public sealed class AuditDetailsTextTests : WebTest
{
    [Theory]
    [InlineData(AuditAction.RoleChanged, """{"Account":"a@b.test","From":"Lawyer","To":"Coordinator"}""", "a@b.test: Юрист → Координатор")]
    [InlineData(AuditAction.SessionEnded, """{"Count":2,"ByAdministrator":true}""", "Завершено сеансов: 2 (администратором)")]
    [InlineData(AuditAction.SessionEnded, "2 session(s) ended by an administrator", "2 session(s) ended by an administrator")]
    [InlineData(AuditAction.SessionEnded, "by its owner", "by its owner")]
    [InlineData(AuditAction.RoleChanged, "{not json", "{not json")]
    [InlineData(AuditAction.SessionEnded, """{"Count":"two"}""", "Count: two")]
    public void Details_ReadInTheReadersLanguage_OrAsKept(AuditAction action, string details, string shown)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ru-RU");
        try
        {
            using var scope = Factory.Services.CreateScope();

            Assert.Equal(shown, AuditDetailsText.For(action, details, scope.ServiceProvider.GetRequiredService<UiText>()));
        }
        finally
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = previous;
        }
    }
}
