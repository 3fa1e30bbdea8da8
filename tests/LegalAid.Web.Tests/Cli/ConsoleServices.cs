using LegalAid.Application;
using LegalAid.Infrastructure;
using LegalAid.Web.Cli;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Web.Tests.Cli;

/// <summary>The services the console commands run with, on a SQLite file of their own in <c>folder</c>, with the tests' audit master key.</summary>
internal static class ConsoleServices
{
    public static ServiceProvider Build(string folder)
    {
        Directory.CreateDirectory(folder);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:LegalAid"] = $"Data Source={Path.Combine(folder, "legalaid.db")};Pooling=False",
                ["Audit:MasterKey"] = LegalAidFactory.MasterKey,
            })
            .Build();
        return new ServiceCollection()
            .AddLogging()
            .AddApplication()
            .AddInfrastructure(configuration, folder)
            .AddConsoleOperator()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
