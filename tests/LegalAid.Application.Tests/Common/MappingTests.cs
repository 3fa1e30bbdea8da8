using AutoMapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LegalAid.Application.Tests.Common;

public sealed class MappingTests
{
    [Fact]
    public void ShouldHaveAValidConfiguration()
    {
        var services = new ServiceCollection().AddSingleton(NullLoggerFactory.Instance).AddApplication().BuildServiceProvider();

        services.GetRequiredService<IMapper>().ConfigurationProvider.AssertConfigurationIsValid();
    }
}
