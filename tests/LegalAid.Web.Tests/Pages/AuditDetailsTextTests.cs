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
    [InlineData(AuditAction.Exported, "openedFrom=2026-12-01; openedTo=; status=Closed; lawyer=Тест Lawyer 1; category=; format=Xlsx; rows=3",
        "Открыты с: 01.12.2026; Статус: Закрыто; Юрист: Тест Lawyer 1; Формат: Excel (XLSX); Строки: 3")]
    [InlineData(AuditAction.Exported, "heldFrom=; heldTo=2026-12-07; channel=Phone; lawyer=; category=; format=Csv; rows=0",
        "Проведены по: 07.12.2026; Канал: Телефон; Формат: CSV; Строки: 0")]
    [InlineData(AuditAction.Updated, "status=Declined", "Состояние: Отклонён")]
    [InlineData(AuditAction.Created, "file=x%3B lawyer%3D2.csv; bytes=693; sha256=f7b40a05ca677d1700; centre=MOW",
        "Файл: x; lawyer=2.csv; Размер, байт: 693; SHA-256: f7b40a05ca677d17…; Центр: MOW")]
    [InlineData(AuditAction.Viewed, "events=15", "Событий: 15")]
    [InlineData(AuditAction.Imported, "file=a.xlsx; sha256=0123456789abcdef0123; rows=4; consultations=3; newClients=3; existingClients=0; newCases=3; existingCases=0; alreadyImported=0; rejected=1; skipRejected=True",
        "Файл: a.xlsx; SHA-256: 0123456789abcdef…; Строки: 4; Консультаций: 3; Новых клиентов: 3; Найдено зарегистрированных клиентов: 0; Новых дел: 3; Существующих дел: 0; Уже импортированных строк: 0; Строк с ошибками: 1; Строки с ошибками пропущены: Да")]
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
