using System.Globalization;
using LegalAid.Infrastructure.Auditing;
using LegalAid.Infrastructure.Persistence;
using LegalAid.Web.Localisation;
using LegalAid.Web.Pages.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Web.Tests.Pages;

/// <summary>The audit page names every field the trail keeps as a reader knows it, never by the code's name for it.</summary>
public sealed class AuditFieldLabelsTests : WebTest
{
    [Fact]
    public void EveryFieldTheTrailKeeps_ReadsUnderALabel()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru-RU");
        try
        {
            using var scope = Factory.Services.CreateScope();
            var text = scope.ServiceProvider.GetRequiredService<UiText>();
            var model = scope.ServiceProvider.GetRequiredService<LegalAidDbContext>().Model;

            var unlabelled = model.GetEntityTypes().Where(type => !ChangeAudit.NotAudited.Contains(type.ClrType))
                .SelectMany(type => ChangeAudit.AuditedProperties(type).Select(field => (Record: ChangeAudit.EntityName(type.ClrType), Field: field.Name)))
                .Where(field => AuditChangeText.Field(field.Record, field.Field, text) == field.Field)
                .Select(field => $"{field.Record}.{field.Field}")
                .ToList();

            Assert.True(unlabelled.Count == 0, $"Fields without a label: {string.Join(", ", unlabelled)}");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void AConsultationsActions_ReadAsTheFormNamesThem_NoneAsNothing()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru-RU");
        try
        {
            using var scope = Factory.Services.CreateScope();

            var actions = AuditChangeText.Readable("Consultation", new("Actions", "None", "LegalAdvice, Referral", IsPersonal: false), scope.ServiceProvider.GetRequiredService<UiText>());

            Assert.Equal(("—", "Юридическая консультация, Направление в другую организацию"), (actions.Before, actions.After));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void AFilesSize_AndAFraction_ReadInTheReadersFormat()
    {
        var (ui, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ru-RU");
        try
        {
            using var scope = Factory.Services.CreateScope();
            var text = scope.ServiceProvider.GetRequiredService<UiText>();

            var size = AuditChangeText.Readable("DonorReport", new("Content", null, "129547 bytes", IsPersonal: false), text);
            var share = AuditChangeText.Readable("DonorReport", new("SuppressedShare", "0.0212", "0.5", IsPersonal: false), text);

            Assert.Equal("129\u00a0547 байт", size.After);
            Assert.Equal(("0,0212", "0,5"), (share.Before, share.After));
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, culture);
        }
    }
}
