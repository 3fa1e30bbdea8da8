using System.Diagnostics.Tracing;
using System.Globalization;
using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Common.Validation;

/// <summary>
/// A validator that depends on the request's scope is built for every request. FluentValidation compiles a rule's
/// expression into a dynamic method unless it names a property (those it caches), and each dynamic method's finaliser
/// then costs the server more than the compiling did (benchmarks/README.md, "Load test").
/// The test runs alone (the runtime reports the dynamic methods of the whole process).
/// </summary>
[Collection(nameof(ValidatorBuildTests))]
public sealed class ValidatorBuildTests : ApplicationTest
{
    [Fact]
    public async Task BuildingAValidatorAgain_CompilesNothing()
    {
        var validatorTypes = typeof(IApplicationDbContext).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            .Select(t => t.GetInterfaces().First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            .Distinct()
            .ToList();
        // The first few builds also emit what is built once per process: the container's and reflection's own
        // stubs for calling each constructor.
        for (var warmUp = 0; warmUp < 4; warmUp++)
        {
            await using var scope = App.CreateScope();
            BuildAll(scope.ServiceProvider, validatorTypes);
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        using var dynamicMethods = new DynamicMethodsLoaded();
        await using (var again = App.CreateScope())
        {
            BuildAll(again.ServiceProvider, validatorTypes);
        }

        var compiled = await dynamicMethods.StopAsync();
        Assert.True(validatorTypes.Count > 30, $"only {validatorTypes.Count} validators found");
        Assert.True(compiled.Count == 0, string.Join(", ", compiled));
    }

    private static void BuildAll(IServiceProvider services, IEnumerable<Type> validatorTypes)
    {
        foreach (var type in validatorTypes)
        {
            Assert.NotEmpty(services.GetServices(type));
        }
    }

    /// <summary>The dynamic methods the runtime reports loading (its JIT events).</summary>
    private sealed class DynamicMethodsLoaded : EventListener
    {
        private const EventKeywords Jit = (EventKeywords)0x10;
        private const long DynamicMethodFlag = 0x1;
        private readonly List<string> _names = [];
        private bool _stopped;

        public async Task<IReadOnlyList<string>> StopAsync()
        {
            // The runtime hands its events to listeners on a thread of its own, a moment later.
            await Task.Delay(TimeSpan.FromSeconds(2));
            lock (_names)
            {
                _stopped = true;
                return [.. _names];
            }
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, Jit);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName?.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) != true || eventData.Payload is not { } payload)
            {
                return;
            }

            var flags = Convert.ToInt64(payload[eventData.PayloadNames!.IndexOf("MethodFlags")], CultureInfo.InvariantCulture);
            if ((flags & DynamicMethodFlag) != 0)
            {
                lock (_names)
                {
                    if (!_stopped)
                    {
                        _names.Add($"{payload[eventData.PayloadNames.IndexOf("MethodNamespace")]}.{payload[eventData.PayloadNames.IndexOf("MethodName")]}");
                    }
                }
            }
        }
    }
}

[CollectionDefinition(nameof(ValidatorBuildTests), DisableParallelization = true)]
public sealed class RunsAlone;
