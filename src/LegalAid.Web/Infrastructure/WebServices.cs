using System.Text.Json.Serialization;
using LegalAid.Application.Common.Interfaces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LegalAid.Web.Infrastructure;

internal static class WebServices
{
    public static IServiceCollection AddLegalAidWeb(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddLegalAidLocalization();
        services.AddRazorPages().AddViewLocalization();
        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalisedModelBindingMessages>();

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddOpenApi();
        return services;
    }
}
