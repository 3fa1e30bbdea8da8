using LegalAid.Application.Common.Interfaces;

namespace LegalAid.Infrastructure.Tests.SqlServer;

internal sealed class OfflineSubmissionKey : ISubmissionKey
{
    public string? Value { get; set; }
}
