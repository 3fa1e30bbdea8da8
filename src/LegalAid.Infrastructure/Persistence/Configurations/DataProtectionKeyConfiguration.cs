using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    /// <summary>A key's XML runs to about a kilobyte, past the model's default string length.</summary>
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder) => builder.Property(k => k.Xml).HasMaxLength(int.MaxValue);
}
