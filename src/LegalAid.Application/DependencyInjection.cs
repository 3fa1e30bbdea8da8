using System.Reflection;
using FluentValidation;
using LegalAid.Application.Audit.Common;
using LegalAid.Application.Audit.GetDenialAlerts;
using LegalAid.Application.Cases.CaseFile;
using LegalAid.Application.Common;
using LegalAid.Application.Common.Behaviours;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Exports.Common;
using LegalAid.Application.Imports.Common;
using LegalAid.Application.Imports.RunImport;
using LegalAid.Application.Lookups;
using LegalAid.Application.Reports.Common;
using LegalAid.Application.Retention.Common;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Application.Statistics.ExportStatistics;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = Assembly.GetExecutingAssembly();

        services.AddAutoMapper(_ => { }, assembly);
        // Building a validator compiles its rules; those that need nothing of the request are built once.
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, v => NeedsOnlyTheClock(v.ValidatorType), includeInternalTypes: true);
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Scoped, v => !NeedsOnlyTheClock(v.ValidatorType), includeInternalTypes: true);
        services.AddMediator(assembly);
        services.AddScoped<IActorContext, ActorContext>();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<StatisticsOptions>();
        services.AddOptions<DenialAlertOptions>();
        services.AddOptions<RetentionOptions>();
        services.AddOptions<ImportOptions>();
        services.AddSingleton<StatisticsFactsCache>();
        services.AddScoped<DonorNotices>();
        services.AddScoped<PublishedReportOverlaps>();
        services.AddScoped<RecentStatistics>();
        services.AddScoped<StatisticsQueries>();
        services.AddScoped<FilterInWords>();
        services.AddScoped<CaseFileQueries>();
        services.AddScoped<AuditTrailQueries>();
        services.AddScoped<AuditRecordNames>();
        services.AddScoped<AuditSubjects>();
        services.AddSingleton<ImportProgress>();
        services.AddScoped<ImportPlanner>();
        services.AddScoped<ImportChecker>();
        services.AddScoped<ImportWriter>();
        services.AddScoped<CentreExports>();
        services.AddSingleton<ReferenceListCache>();
        services.AddScoped<ReferenceListReader>();
        return services;
    }

    /// <summary>
    /// MediatR 5 has no DI package here: register the mediator, every handler of the assembly, and
    /// the pipeline behaviours (the first registered runs outermost).
    /// </summary>
    private static void AddMediator(this IServiceCollection services, Assembly assembly)
    {
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();

        var handlers = assembly.DefinedTypes
            .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(type => type.ImplementedInterfaces
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
                .Select(i => (Service: i, Implementation: type)));
        foreach (var (service, implementation) in handlers)
        {
            services.AddScoped(service, implementation);
        }

        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TelemetryBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AccessDenialBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(IdempotencyBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AnonymisedClientBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuditBehaviour<,>));
    }

    private static bool NeedsOnlyTheClock(Type validator) =>
        validator.GetConstructors().All(c => c.GetParameters().All(p => p.ParameterType == typeof(TimeProvider)));
}
