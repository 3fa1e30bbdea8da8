using LegalAid.Application.Common.Interfaces;

namespace LegalAid.Web.Cli;

/// <summary>A command typed at the console is sent once: it carries no submission key.</summary>
internal sealed class ConsoleSubmission : ISubmissionKey
{
    public string? Value => null;
}
