using System.Security.Cryptography.X509Certificates;
using LegalAid.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Infrastructure.DataProtection;

internal static class DataProtectionRegistration
{
    /// <summary>Shared by every node, so a cookie or form token one node issues is accepted by the others.</summary>
    public const string ApplicationName = "LegalAid";

    /// <summary>
    /// The keys that protect session cookies and antiforgery tokens live in the application's database, so
    /// every node of a farm reads the same key ring. With <c>DataProtection:CertificatePath</c> set the keys are
    /// encrypted at rest with that certificate; without it they are as safe as the database itself.
    /// </summary>
    public static IServiceCollection AddLegalAidDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var builder = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<LegalAidDbContext>();

        var certificatePath = configuration["DataProtection:CertificatePath"];
        if (!string.IsNullOrEmpty(certificatePath))
        {
            builder.ProtectKeysWithCertificate(
                X509CertificateLoader.LoadPkcs12FromFile(certificatePath, configuration["DataProtection:CertificatePassword"]));
        }

        services.AddSingleton<KeyRingKeeper>();
        services.AddHostedService(provider => provider.GetRequiredService<KeyRingKeeper>());
        return services;
    }
}
