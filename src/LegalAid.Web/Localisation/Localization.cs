using LegalAid.Application.Common.Localisation;
using Microsoft.AspNetCore.Localization;

namespace LegalAid.Web.Localisation;

/// <summary>Russian first, then Kyrgyz and English; the choice is remembered in a cookie.</summary>
internal static class Localization
{
    public static IServiceCollection AddLegalAidLocalization(this IServiceCollection services) =>
        services.AddLocalization(options => options.ResourcesPath = "Resources")
            .Configure<RequestLocalizationOptions>(options =>
            {
                // The programme's own cultures (dates as 17.03.1994 or 17 Mar 1994), not .NET's stock ones.
                var cultures = Cultures.Languages.Select(Cultures.For).ToList();
                options.DefaultRequestCulture = new RequestCulture(cultures[0]);
                options.SupportedCultures = cultures;
                options.SupportedUICultures = cultures;
                options.RequestCultureProviders =
                [
                    new QueryStringRequestCultureProvider(),
                    new CookieRequestCultureProvider(),
                    new AcceptLanguageHeaderRequestCultureProvider(),
                ];
            });
}
