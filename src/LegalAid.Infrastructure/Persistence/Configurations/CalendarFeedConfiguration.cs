using LegalAid.Infrastructure.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.Property(f => f.SecretHash).HasMaxLength(64);
        builder.HasIndex(f => f.SecretHash).IsUnique();
        builder.Property(f => f.Language).HasMaxLength(5);
        builder.HasIndex(f => new { f.UserId, f.RevokedAtUtc });
        builder.HasOne(f => f.User).WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
