using LegalAid.Application.Common.Interfaces;

namespace LegalAid.Web.Forms;

/// <summary>The API caller's <c>Idempotency-Key</c> header, or the key a page's form carries (<see cref="SubmissionKeyTagHelper"/>).</summary>
internal sealed class HttpSubmissionKey(IHttpContextAccessor httpContextAccessor) : ISubmissionKey
{
    public string? Value => httpContextAccessor.HttpContext?.Request is { } request
        ? request.Headers[ISubmissionKey.Name].FirstOrDefault() ?? (request.HasFormContentType ? request.Form[ISubmissionKey.Name].FirstOrDefault() : null)
        : null;
}
