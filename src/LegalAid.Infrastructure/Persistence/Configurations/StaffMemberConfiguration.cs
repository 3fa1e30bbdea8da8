using LegalAid.Domain.Centres;
using LegalAid.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.Property(s => s.FullName).HasMaxLength(StaffMember.FullNameMaxLength);
        builder.HasOne<Centre>().WithMany().HasForeignKey(s => s.CentreId).OnDelete(DeleteBehavior.Restrict);
    }
}
