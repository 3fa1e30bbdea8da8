using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Resources;
using LegalAid.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Common.Validation;

public static class StaffRules
{
    public static Task<bool> IsLawyerOfCentreAsync(this DbSet<StaffMember> staff, int staffMemberId, int centreId, CancellationToken cancellationToken) =>
        staff.AnyAsync(s => s.Id == staffMemberId && s.IsActive && s.CentreId == centreId, cancellationToken);

    /// <summary>The id names an active staff member working at the given centre.</summary>
    public static IRuleBuilderOptions<T, int?> LawyerOfCentre<T>(this IRuleBuilder<T, int?> rule, IApplicationDbContext db, Func<T, int> centreId) =>
        rule.MustAsync((request, id, ct) => id is null
                ? Task.FromResult(true)
                : db.StaffMembers.IsLawyerOfCentreAsync(id.Value, centreId(request), ct))
            .WithMessage(_ => Messages.UnknownLawyer);
}
