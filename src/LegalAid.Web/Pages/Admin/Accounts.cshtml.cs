using LegalAid.Application.Administration.ChangeAccountRole;
using LegalAid.Application.Administration.EndAccountSessions;
using LegalAid.Application.Administration.CreateAccount;
using LegalAid.Application.Administration.ListAccounts;
using LegalAid.Application.Administration.ListCentres;
using LegalAid.Application.Administration.ResetAccountPassword;
using LegalAid.Application.Administration.SetAccountLock;
using LegalAid.Application.Common.Interfaces;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Admin;

public sealed class AccountsModel(IMediator mediator) : FormPageModel(mediator)
{
    [BindProperty]
    public CreateAccount Input { get; set; } = new();

    public IReadOnlyList<AccountSummary> Accounts { get; private set; } = [];

    public IReadOnlyList<CentreDetails> Centres { get; private set; } = [];

    /// <summary>The account whose password reset is to be confirmed: a reset ends the password the user knows at once.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ConfirmReset { get; set; }

    public AccountSummary? ToReset => Accounts.FirstOrDefault(a => a.UserId == ConfirmReset);

    /// <summary>Shown once, on the page read right after the system chose it.</summary>
    public string? OneTimePassword { get; private set; }

    public int RevokedApiTokens { get; private set; }

    public string? PasswordFor { get; private set; }

    /// <summary>Shown once, after an administrator ended an account's sessions.</summary>
    public int? EndedSessions { get; private set; }

    public string? EndedFor { get; private set; }

    /// <summary>Shown once, after an administrator changed the account's role.</summary>
    public AccountSummary? RoleChanged { get; private set; }

    /// <summary>The account <see cref="OneTimePassword"/> is for, which may still be locked.</summary>
    public AccountSummary? PasswordAccount { get; private set; }

    /// <summary>Shown once, after an administrator locked or unlocked the account: the account as it is now.</summary>
    public AccountSummary? LockChanged { get; private set; }

    /// <summary>The open cases still assigned to <see cref="LockChanged"/>'s staff member.</summary>
    public int OpenCasesHeld { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (ShownOnce<OneTimePasswordShown>() is { } shown)
        {
            (OneTimePassword, RevokedApiTokens, PasswordFor) = (shown.Password, shown.RevokedApiTokens, shown.UserId);
        }

        RoleChangedFor = ShownOnce<RoleChangeShown>()?.UserId;
        if (ShownOnce<SessionsEndedShown>() is { } endedShown)
        {
            (EndedFor, EndedSessions) = (endedShown.UserId, endedShown.Ended);
        }

        if (ShownOnce<LockShown>() is { } lockShown)
        {
            (LockChangedFor, OpenCasesHeld) = (lockShown.UserId, lockShown.OpenCasesHeld);
        }

        return ShowAsync(cancellationToken);
    }

    /// <summary>The page never chooses a password: the new user replaces the one-time password shown here.</summary>
    public Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken) =>
        SubmitThenShowOnceAsync(Input with { Password = null }, created => new OneTimePasswordShown(created.UserId, created.OneTimePassword, 0), cancellationToken);

    public Task<IActionResult> OnPostLockAsync(string userId, bool locked, CancellationToken cancellationToken) =>
        SubmitThenShowOnceAsync(new SetAccountLock(userId, locked), outcome => new LockShown(userId, outcome.OpenCasesHeld), cancellationToken);

    public Task<IActionResult> OnPostResetAsync(string userId, CancellationToken cancellationToken) =>
        SubmitThenShowOnceAsync(new ResetAccountPassword(userId), reset => new OneTimePasswordShown(userId, reset.OneTimePassword, reset.RevokedApiTokens), cancellationToken);

    public Task<IActionResult> OnPostRoleAsync(string userId, string? role, CancellationToken cancellationToken) =>
        SubmitThenShowOnceAsync(new ChangeAccountRole(userId, role), _ => new RoleChangeShown(userId), cancellationToken, prefix: string.Empty);

    public Task<IActionResult> OnPostEndSessionsAsync(string userId, CancellationToken cancellationToken) =>
        SubmitThenShowOnceAsync(new EndAccountSessions(userId), ended => new SessionsEndedShown(userId, ended), cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        Accounts = await Mediator.Send(new ListAccounts(), cancellationToken);
        Centres = await Mediator.Send(new ListCentres(), cancellationToken);
        if (PasswordFor is not null && Accounts.FirstOrDefault(a => a.UserId == PasswordFor) is { } account)
        {
            (PasswordFor, PasswordAccount) = (account.Email, account);
        }

        RoleChanged = Accounts.FirstOrDefault(a => a.UserId == RoleChangedFor);

        EndedFor = Accounts.FirstOrDefault(a => a.UserId == EndedFor)?.Email ?? EndedFor;
        LockChanged = Accounts.FirstOrDefault(a => a.UserId == LockChangedFor);
    }

    private string? LockChangedFor { get; set; }

    private string? RoleChangedFor { get; set; }

    private sealed record OneTimePasswordShown(string UserId, string? Password, int RevokedApiTokens);

    private sealed record RoleChangeShown(string UserId);

    private sealed record LockShown(string UserId, int OpenCasesHeld);

    private sealed record SessionsEndedShown(string UserId, int Ended);
}
