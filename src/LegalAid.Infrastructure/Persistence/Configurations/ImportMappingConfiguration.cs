using LegalAid.Domain.Centres;
using LegalAid.Domain.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class ImportMappingConfiguration : IEntityTypeConfiguration<ImportMapping>
{
    public void Configure(EntityTypeBuilder<ImportMapping> builder)
    {
        builder.Property(m => m.SourceText).HasMaxLength(ImportMapping.TextMaxLength);
        builder.Property(m => m.SourceKey).HasMaxLength(ImportMapping.TextMaxLength);
        builder.Property(m => m.ConfirmedBy).HasMaxLength(256);
        builder.HasOne<Centre>().WithMany().HasForeignKey(m => m.CentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.CentreId, m.Kind, m.SourceKey }).IsUnique();
    }
}
