using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace LegalAid.Web.Localisation;

/// <summary>Russian first, then Kyrgyz and English; the choice is remembered in a cookie.</summary>
internal static class Localization
{
    public static readonly string[] Cultures = ["ru", "ky", "en"];

    public static IServiceCollection AddLegalAidLocalization(this IServiceCollection services) =>
        services.AddLocalization(options => options.ResourcesPath = "Resources")
            .Configure<RequestLocalizationOptions>(options =>
            {
                var cultures = Cultures.Select(CultureInfo.GetCultureInfo).ToList();
                options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
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
