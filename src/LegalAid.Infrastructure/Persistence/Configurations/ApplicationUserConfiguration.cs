using LegalAid.Domain.Centres;
using LegalAid.Domain.Staff;
using LegalAid.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(StaffMember.FullNameMaxLength);
        builder.HasOne<Centre>().WithMany().HasForeignKey(u => u.CentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(u => u.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
