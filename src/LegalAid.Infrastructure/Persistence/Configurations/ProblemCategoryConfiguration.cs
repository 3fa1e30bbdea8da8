using LegalAid.Domain.Taxonomy;
using LegalAid.Infrastructure.Persistence.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class ProblemCategoryConfiguration : IEntityTypeConfiguration<ProblemCategory>
{
    public void Configure(EntityTypeBuilder<ProblemCategory> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(50);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.NameRu).HasMaxLength(200);
        builder.Property(c => c.NameKy).HasMaxLength(200);
        builder.Property(c => c.NameEn).HasMaxLength(200);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasData(ProblemCategorySeed.All);
    }
}
