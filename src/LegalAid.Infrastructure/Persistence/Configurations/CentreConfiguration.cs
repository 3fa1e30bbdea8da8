using LegalAid.Domain.Centres;
using LegalAid.Infrastructure.Persistence.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class CentreConfiguration : IEntityTypeConfiguration<Centre>
{
    public void Configure(EntityTypeBuilder<Centre> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Code).HasMaxLength(3);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(Centre.NameMaxLength);
        builder.Property(c => c.NameKy).HasMaxLength(Centre.NameMaxLength);
        builder.Property(c => c.NameEn).HasMaxLength(Centre.NameMaxLength);
        builder.Property(c => c.City).HasMaxLength(100);
        builder.Property(c => c.TimeZoneId).HasMaxLength(64);
        builder.Ignore(c => c.TimeZone);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasData(CentreSeed.All);
    }
}
