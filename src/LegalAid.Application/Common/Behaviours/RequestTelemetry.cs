using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LegalAid.Application.Common.Behaviours;

/// <summary>The trace source and meter of the use cases, named <c>LegalAid.Application</c>.</summary>
public static class RequestTelemetry
{
    public const string Name = "LegalAid.Application";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "legalaid.request.duration", unit: "s", description: "How long a use case (MediatR request) took, through the whole pipeline.");
}
