using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Resources;

namespace LegalAid.Application.Common.Exceptions;

/// <summary>
/// The submission key came before with a different request (a form changed after it was saved, say after Back), so
/// nothing is saved. The API answers it as any invalid request; a form says it in its own words.
/// </summary>
public sealed class SubmissionKeyReusedException()
    : InvalidRequestException(new Dictionary<string, string[]> { [ISubmissionKey.Name] = [Messages.SubmissionKeyReused] });
