using System.Reflection;
using LegalAid.Application;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Infrastructure.Persistence;
using MediatR;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Infrastructure.Tests.SqlServer;

/// <summary>
/// The Application and Infrastructure layers wired as in production on SQL Server (its provider, its migrations'
/// model, its retrying execution strategy), with <see cref="OfflineSqlServer"/> in place of the server.
/// Requests are sent through the whole MediatR pipeline, each by a user in the first role it allows.
/// </summary>
internal sealed class OfflineSqlServerApp : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "legalaid-offline-sqlserver", Guid.NewGuid().ToString("N"));
    private readonly OfflineUser user = new();
    private readonly HttpContextAccessor http = new();
    private readonly ServiceProvider services;

    public OfflineSqlServerApp()
    {
        Directory.CreateDirectory(folder);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "SqlServer",
                ["ConnectionStrings:LegalAid"] = "Server=offline.invalid;Database=LegalAid;MultiSubnetFailover=True;Encrypt=True",
                ["Audit:MasterKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            })
            .Build();
        var collection = new ServiceCollection()
            .AddLogging()
            .AddApplication()
            .AddInfrastructure(configuration, folder)
            .ConfigureDbContext<SqlServerLegalAidDbContext>(options => options.AddInterceptors(Server))
            .AddSingleton<ICurrentUser>(user)
            .AddSingleton<ISubmissionKey>(SubmissionKey)
            .AddSingleton<IHttpContextAccessor>(http);
        // The key ring is the Data Protection library's own query, not a use case's, and has no plausible rows.
        collection.AddDataProtection().UseEphemeralDataProtectionProvider();
        services = collection.BuildServiceProvider();
    }

    public OfflineSqlServer Server { get; } = new();

    /// <summary>Null unless a test sets it: with a key, an idempotent command's lookup answers a plausible earlier submission and stops it.</summary>
    public OfflineSubmissionKey SubmissionKey { get; } = new();

    /// <summary>Sends the request; returns what stopped it, or null when its handler finished.</summary>
    public async Task<Exception?> SendAsync(object request)
    {
        ActAsFirstRoleOf(request.GetType());
        await using var scope = services.CreateAsyncScope();
        http.HttpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var response = request.GetType().GetInterfaces()
            .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
            .GetGenericArguments()[0];
        var send = typeof(IMediator).GetMethod(nameof(IMediator.Send))!.MakeGenericMethod(response);
        try
        {
            await (Task)send.Invoke(scope.ServiceProvider.GetRequiredService<IMediator>(), [request, CancellationToken.None])!;
            return null;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            return e.InnerException;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    /// <summary>Runs work with the services of one request's scope; returns what stopped it, or null.</summary>
    public async Task<Exception?> InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = services.CreateAsyncScope();
        try
        {
            await work(scope.ServiceProvider);
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    private void ActAsFirstRoleOf(Type request)
    {
        var role = request.GetCustomAttributes<AuthorizeAttribute>().Select(a => a.Roles.Split(',')[0]).FirstOrDefault(r => r.Length > 0) ?? Roles.Lawyer;
        var atCentre = role is Roles.Lawyer or Roles.Coordinator;
        user.IsAuthenticated = true;
        user.Role = role;
        user.UserId = "offline-user";
        user.UserName = $"{role.ToLowerInvariant()}@offline.test";
        user.CentreId = atCentre ? 1 : null;
        user.StaffMemberId = atCentre ? 1 : null;
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
