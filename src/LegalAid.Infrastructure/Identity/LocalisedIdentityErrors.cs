using System.Globalization;
using LegalAid.Application.Resources;
using Microsoft.AspNetCore.Identity;

namespace LegalAid.Infrastructure.Identity;

/// <summary>Identity's refusals in the user's language.</summary>
internal sealed class LocalisedIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = string.Format(CultureInfo.CurrentCulture, Messages.PasswordTooShort, length) };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = nameof(PasswordRequiresUniqueChars), Description = string.Format(CultureInfo.CurrentCulture, Messages.PasswordUniqueChars, uniqueChars) };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = Messages.WrongPassword };

    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = Messages.EmailTaken };

    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = Messages.EmailTaken };

    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = Messages.InvalidEmail };

    /// <summary>The user name is the e-mail address.</summary>
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = Messages.InvalidEmail };
}
