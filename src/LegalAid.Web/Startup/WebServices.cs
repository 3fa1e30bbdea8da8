using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using LegalAid.Application.Audit.GetDenialAlerts;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Imports.Common;
using LegalAid.Application.Retention.Common;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Web.Errors;
using LegalAid.Web.Forms;
using LegalAid.Web.Localisation;
using LegalAid.Web.Api;
using LegalAid.Web.Observability;
using LegalAid.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LegalAid.Web.Startup;

internal static class WebServices
{
    public static IServiceCollection AddLegalAidWeb(this IServiceCollection services, IWebHostEnvironment environment, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddLegalAidReverseProxy(configuration);
        services.AddLegalAidObservability(environment, configuration);
        services.Configure<StatisticsOptions>(configuration.GetSection(StatisticsOptions.Section));
        services.Configure<DenialAlertOptions>(configuration.GetSection(DenialAlertOptions.Section));
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section))
            .Validate(o => o.YearsAfterLastCase is >= 1 and <= 100, $"{RetentionOptions.Section}:YearsAfterLastCase must be a number of years from 1 to 100.")
            .ValidateOnStart();
        services.AddOptions<ImportOptions>().Bind(configuration.GetSection(ImportOptions.Section))
            .Validate(o => o.CasesPerSave is >= 1 and <= 100_000, $"{ImportOptions.Section}:CasesPerSave must be a number of cases from 1 to 100000.")
            .ValidateOnStart();
        services.AddHostedService<RecentStatisticsKeeper>();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<ISubmissionKey, HttpSubmissionKey>();
        services.AddLegalAidLocalization();
        services.AddTransient<UiText>();
        services.AddLegalAidAuthentication(environment, configuration);
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResults>();
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Clients", Policies.CaseWorkers);
                options.Conventions.AuthorizeFolder("/Cases", Policies.CaseWorkers);
                options.Conventions.AuthorizeFolder("/Admin", Policies.Administration);
                options.Conventions.AuthorizeFolder("/Audit", Policies.Audit);
                options.Conventions.AuthorizeFolder("/OpposingParties", Policies.OpposingParties);
                options.Conventions.AuthorizeFolder("/Statistics", Policies.Statistics);
                options.Conventions.AuthorizeFolder("/Reports", Policies.DonorReports);
                options.Conventions.AuthorizeFolder("/CentreReport", Policies.CentreReports);
                options.Conventions.AuthorizeFolder("/Imports", Policies.CentreData);
                options.Conventions.AuthorizeFolder("/Exports", Policies.CentreData);
                options.Conventions.AuthorizeFolder("/Transfers", Policies.CaseWorkers);
                options.Conventions.AuthorizePage("/Cases/Reassign", Policies.CentreData);
                options.Conventions.AuthorizePage("/Account/Calendar", Policies.CaseWorkers);
                options.Conventions.AllowAnonymousToPage("/Account/Login");
                options.Conventions.AllowAnonymousToPage("/Account/LoginWithCode");
                options.Conventions.AllowAnonymousToPage("/Error");
                options.Conventions.AllowAnonymousToPage("/Language");
            })
            .AddViewLocalization()
            .AddMvcOptions(options =>
            {
                // What a request must carry is the Application's validators' to say, in the user's language; MVC's
                // implicit [Required] on non-nullable properties would add English errors of its own.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                options.ModelBinderProviders.Insert(0, new ListItemModelBinderProvider());
                options.ModelBinderProviders.Insert(0, new AmountModelBinderProvider());
                options.ModelBinderProviders.Insert(0, new ChoiceModelBinderProvider());
                options.ModelMetadataDetailsProviders.Add(new ParameterFieldNames());
                options.Filters.Add<FormReading>(FormReading.Order);
                options.Filters.Add<FormInputFilter>();
            });
        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalisedModelBindingMessages>();

        // Cyrillic and other letters go out as UTF-8, not as numeric entities (a third of a list page's bytes);
        // markup characters are still encoded.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddProblemDetails(options => options.CustomizeProblemDetails = LocalisedProblemTitles.Apply);
        services.AddTransient<ApiBindingErrors>();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        // Numbers are numbers: the web defaults also read "5" as 5, which the OpenAPI document then has to describe as
        // integer-or-string for every id and amount, in requests and responses alike. And a choice is its name: a number
        // would be read as the enum's value, not as its place in the document's list.
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(options =>
        {
            options.SerializerOptions.Converters.Add(new SingleChoiceNames());
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            options.SerializerOptions.TypeInfoResolver = (options.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(VersionIsRequired.Apply);
        });
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddLegalAidOpenApi();
        return services;
    }
}
