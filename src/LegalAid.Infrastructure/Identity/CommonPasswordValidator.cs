using LegalAid.Application.Resources;
using Microsoft.AspNetCore.Identity;

namespace LegalAid.Infrastructure.Identity;

/// <summary>
/// Refuses passwords that are long but guessable: well-known passwords and keyboard runs, a single
/// repeated character, or the user's own e-mail or name. Length, not character classes, does the rest.
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    private static readonly string[] Patterns =
    [
        "password", "passw0rd", "qwerty", "йцукен", "пароль", "123456", "654321", "111111", "000000", "abc123", "abcdef",
        "iloveyou", "letmein", "welcome", "admin", "administrator", "legalaid", "migrant", "moscow", "москва", "bishkek",
        "бишкек", "dragon", "monkey", "football", "sunshine", "princess", "asdfgh", "zxcvbn", "1q2w3e", "qazwsx",
    ];

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var lower = password.ToLowerInvariant();
        var personal = new[] { user.Email?.Split('@')[0], user.UserName?.Split('@')[0] }
            .Concat(user.DisplayName.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(part => part is { Length: >= 4 })
            .Select(part => part!.ToLowerInvariant());

        var guessable = Patterns.Any(lower.Contains)
            || personal.Any(lower.Contains)
            || lower.Distinct().Count() <= 3;
        return Task.FromResult(guessable
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordGuessable", Description = Messages.PasswordGuessable })
            : IdentityResult.Success);
    }
}
