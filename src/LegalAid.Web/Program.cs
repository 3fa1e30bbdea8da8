using LegalAid.Application;
using LegalAid.Infrastructure;
using LegalAid.Web.Api;
using LegalAid.Web.Cli;
using LegalAid.Web.Localisation;
using LegalAid.Web.Observability;
using LegalAid.Web.Security;
using LegalAid.Web.Startup;

var builder = WebApplication.CreateBuilder(args);
// Stylesheets and scripts from a build's output too (tests, the load test, Production run from the project), not only
// from a published folder or in Development; a published app has no build manifest, so this changes nothing there.
builder.WebHost.UseStaticWebAssets();
// Served from a build's output outside Development, they would still be reloaded at run time: answered "no-cache" and
// compressed anew on every page, 330 KB a page on a phone. Development keeps the reload, to see a stylesheet's edit.
if (!builder.Environment.IsDevelopment() && builder.Configuration["ReloadStaticAssetsAtRuntime"] is null)
{
    builder.Configuration["ReloadStaticAssetsAtRuntime"] = "false";
}

builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath)
    .AddLegalAidWeb(builder.Environment, builder.Configuration);
if (CliCommands.IsCommand(args))
{
    builder.Services.AddConsoleOperator();
}

var app = builder.Build();

if (CliCommands.IsCommand(args))
{
    return await CliCommands.RunAsync(app.Services, args);
}

await app.PrepareDatabaseAsync();

app.UseMiddleware<RequestIdLogScope>();
app.UseForwardedHeaders();
// Before the error handler, so error pages and problem details are in the request's language too.
app.UseRequestLocalization();
app.UseQueryCultureRemembered();
app.UseExceptionHandler("/Error");
app.UseSecurityHeaders();
app.UseWhen(
    context => !context.Request.Path.StartsWithSegments("/api"),
    pages => pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
app.UseWhen(
    context => context.Request.Path.StartsWithSegments("/api"),
    api => api.UseStatusCodePages());
if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
{
    app.UseHsts();
    app.UseHttpsOnly();
}

app.UseCrossSiteApiWritesRefused();

app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseMiddleware<RequestLogScope>();
app.UseAuthorization();
app.UseAccountObligations();
app.UseAntiforgery();
app.UseUnreadableValuesRefused();

// Compressed at build time and fingerprinted, so browsers keep them for a year; short-circuited, so an asset never
// waits for the concurrency limit, reads a session or is sent to a settle-your-account page.
app.MapStaticAssets().ShortCircuit();
app.MapRazorPages().WithStaticAssets();
app.MapApiV1();
app.MapOpenApi();
app.MapApiReference();
app.MapLegalAidHealthChecks();

app.AnnounceWhenStarted();
await app.RunAsync();
return 0;

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
