using LegalAid.Infrastructure.Identity.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.Property(s => s.KeyHash).HasMaxLength(64);
        builder.HasIndex(s => s.KeyHash).IsUnique();
        builder.Property(s => s.Device).HasMaxLength(UserSession.DeviceMaxLength);
        builder.Property(s => s.IpAddress).HasMaxLength(45);
        builder.HasIndex(s => s.ExpiresAtUtc);
        builder.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
