using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;

namespace LegalAid.Application.Tests.Reports;

/// <summary>The app with a real SMTP server listening on a local port for the test, two active donors (one locked) and programme staff.</summary>
public abstract class DonorMailTest : IAsyncLifetime
{
    protected SimpleSmtpServer Smtp { get; } = SimpleSmtpServer.Start();

    protected TestApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = new TestApp(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = Smtp.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "LegalAid <reports@legalaid.test>",
        });
        await App.InitializeAsync();
        await App.InScopeAsync(async services =>
        {
            var accounts = services.GetRequiredService<IUserAdministration>();
            await accounts.CreateAsync(new NewAccount("fund@donor.test", "Фонд", Roles.Donor, null, "correct horse battery staple"), CancellationToken.None);
            var locked = await accounts.CreateAsync(new NewAccount("former@donor.test", "Former donor", Roles.Donor, null, "correct horse battery staple"), CancellationToken.None);
            await accounts.SetLockedAsync(locked.UserId, locked: true, CancellationToken.None);
            return await accounts.CreateAsync(new NewAccount("staff@legalaid.test", "Staff", Roles.ProgrammeStaff, null, "correct horse battery staple"), CancellationToken.None);
        });
    }

    protected Task<CreatedAccount> AddDonorAsync(string email) => App.InScopeAsync(services =>
        services.GetRequiredService<IUserAdministration>().CreateAsync(new NewAccount(email, "Новый донор", Roles.Donor, null, "correct horse battery staple"), CancellationToken.None));

    public async ValueTask DisposeAsync()
    {
        Smtp.Dispose();
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
