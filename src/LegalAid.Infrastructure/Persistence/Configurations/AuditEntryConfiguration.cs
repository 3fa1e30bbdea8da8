using LegalAid.Domain.Auditing;
using LegalAid.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.EntityType).HasMaxLength(100);
        builder.Property(e => e.EntityId).HasMaxLength(100);
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.IpAddress).HasMaxLength(64);
        builder.Property(e => e.Changes).HasMaxLength(int.MaxValue);
        builder.Property(e => e.Details).HasMaxLength(2000);
        builder.Property(e => e.Sealed).HasMaxLength(int.MaxValue);
        builder.Property(e => e.SealedFor).HasMaxLength(2000);
        builder.Property(e => e.Hash).HasMaxLength(AuditChain.HashSize);
        builder.HasIndex(e => e.OccurredAtUtc);
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
        builder.HasIndex(e => new { e.CentreId, e.OccurredAtUtc });
        builder.HasIndex(e => new { e.Action, e.OccurredAtUtc });
    }
}
