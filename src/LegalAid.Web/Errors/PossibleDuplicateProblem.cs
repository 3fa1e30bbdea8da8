using LegalAid.Application.Clients.Common;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Errors;

/// <summary>The 409 of registering someone who may be on file already: who, so the caller can open that record instead.</summary>
internal sealed class PossibleDuplicateProblem : ProblemDetails
{
    public required PossibleDuplicates PossibleDuplicates { get; init; }
}
