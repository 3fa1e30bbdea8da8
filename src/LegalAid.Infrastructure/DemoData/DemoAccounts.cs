using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Staff;
using LegalAid.Infrastructure.Identity;
using LegalAid.Infrastructure.Persistence;
using LegalAid.Infrastructure.Persistence.ReferenceData;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.DemoData;

/// <summary>
/// One demo account per role and centre (Development only): lawyer.mow@demo.legalaid,
/// coordinator.kzn@demo.legalaid, programme@demo.legalaid, donor@demo.legalaid, admin@demo.legalaid...
/// </summary>
public sealed class DemoAccounts(LegalAidDbContext db, UserManager<ApplicationUser> users, IUserAdministration administration)
{
    public const string Domain = "demo.legalaid";

    public const string ProgrammeEmail = $"programme@{Domain}";

    public sealed record Login(string Email, string Role, string? Centre);

    public async Task<IReadOnlyList<Login>> EnsureAsync(string password, CancellationToken cancellationToken)
    {
        var logins = new List<Login>();
        var centres = await db.Centres.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        foreach (var centre in centres)
        {
            var code = centre.Code.ToLowerInvariant();
            var lawyer = await db.StaffMembers.Where(s => s.CentreId == centre.Id && s.IsActive).OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
            logins.Add(await EnsureAsync($"lawyer.{code}@{Domain}", lawyer?.FullName ?? $"Юрист {centre.City}", Roles.Lawyer, centre.Id, password, lawyer, cancellationToken));
            logins.Add(await EnsureAsync($"coordinator.{code}@{Domain}", $"Координатор ({centre.City})", Roles.Coordinator, centre.Id, password, null, cancellationToken));
        }

        logins.Add(await EnsureAsync(ProgrammeEmail, "Программный сотрудник", Roles.ProgrammeStaff, null, password, null, cancellationToken));
        logins.Add(await EnsureAsync($"donor@{Domain}", "Donor Relations", Roles.Donor, null, password, null, cancellationToken));
        logins.Add(await EnsureAsync($"admin@{Domain}", "Администратор", Roles.Administrator, null, password, null, cancellationToken));
        return logins;
    }

    private async Task<Login> EnsureAsync(
        string email, string name, string role, int? centreId, string password, StaffMember? existingStaff, CancellationToken cancellationToken)
    {
        var centre = centreId is null ? null : (await db.Centres.FindAsync([centreId], cancellationToken))!.Code;
        if (await users.FindByEmailAsync(email) is null)
        {
            var created = await administration.CreateAsync(new NewAccount(email, name, role, centreId, password), cancellationToken);
            if (existingStaff is not null)
            {
                var user = (await users.FindByIdAsync(created.UserId))!;
                var generated = user.StaffMemberId;
                user.StaffMemberId = existingStaff.Id;
                await users.UpdateAsync(user);
                await db.StaffMembers.Where(s => s.Id == generated).ExecuteDeleteAsync(cancellationToken);
                await ReferenceDataChanges.RenewAsync(db, cancellationToken);
            }
        }

        return new Login(email, role, centre);
    }
}
