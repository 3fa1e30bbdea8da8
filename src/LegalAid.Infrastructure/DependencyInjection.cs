using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Statistics.Engine.Packs;
using LegalAid.Infrastructure.Backup;
using LegalAid.Infrastructure.Calendar;
using LegalAid.Infrastructure.DataProtection;
using LegalAid.Infrastructure.DemoData;
using LegalAid.Infrastructure.Documents;
using LegalAid.Infrastructure.Email;
using LegalAid.Infrastructure.Auditing;
using LegalAid.Infrastructure.Exports;
using LegalAid.Infrastructure.Imports;
using LegalAid.Infrastructure.Reports.Pdf;
using LegalAid.Infrastructure.Health;
using LegalAid.Infrastructure.Identity;
using LegalAid.Infrastructure.Persistence;
using LegalAid.Infrastructure.Persistence.CaseCounts;
using LegalAid.Infrastructure.Persistence.ReferenceData;
using LegalAid.Infrastructure.Persistence.StatisticsPacks;
using LegalAid.Infrastructure.Persistence.SubmittedRequests;
using LegalAid.Infrastructure.PersonalData;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LegalAid.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddLegalAidDatabase(configuration, contentRoot);
        services.AddScoped<IApplicationDbContext>(provider => provider.GetRequiredService<LegalAidDbContext>());
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<ISubmittedRequests, SubmittedRequestStore>();
        services.AddSingleton<IRequestFingerprints, KeyedRequestFingerprints>();
        services.AddScoped<ICaseNumberAllocator, CaseNumberAllocator>();
        services.AddScoped<ICaseCounts, CaseCountReader>();
        services.AddScoped<IReferenceDataStamp, ReferenceDataStampReader>();
        services.AddLegalAidIdentity(configuration);
        services.AddLegalAidDataProtection(configuration);
        services.AddScoped<RoleSeeder>();
        services.AddScoped<DatabaseInitializer>();
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.Section));
        services.AddSingleton<AuditCrypto>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddSingleton<AuditViewQueue>();
        services.AddHostedService<AuditViewWriter>();
        services.AddScoped<LegacyAuditUpgrade>();
        services.AddScoped<IAuditSeals, AuditSeals>();
        services.AddScoped<IAuditChainVerifier, AuditChainVerifier>();
        services.AddScoped<IPersonalDataEraser, PersonalDataEraser>();
        services.AddScoped<IStatisticsPackStore, StatisticsPackStore>();
        services.AddScoped<PersonalDataCleanup>();
        services.AddScoped<IRecordCentres, RecordCentres>();
        services.AddSingleton<ITableExporter, TableExporter>();
        services.AddSingleton<ISpreadsheetReader, SpreadsheetReader>();
        services.AddSingleton<IReportRenderer, PdfReportRenderer>();
        services.AddScoped<ICalendarFeeds, CalendarFeeds>();
        services.AddSingleton<ICalendarWriter, IcalCalendarWriter>();
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        var documents = configuration.GetSection(DocumentStoreOptions.Section).Get<DocumentStoreOptions>() ?? new DocumentStoreOptions();
        services.AddSingleton(new DocumentsFolder(Path.Combine(contentRoot, documents.Path)));
        services.AddSingleton<IDocumentStore, FileSystemDocumentStore>();
        services.AddSingleton(provider => new BackupKeySource(configuration, provider.GetService<IHostEnvironment>()));
        services.AddScoped<DatabaseBackup>();
        services.AddScoped<DatabaseRestore>();
        services.AddScoped<DemoAccounts>();
        services.AddScoped<DemoDataGenerator>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthTags.Ready])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [HealthTags.Ready]);
        return services;
    }
}
