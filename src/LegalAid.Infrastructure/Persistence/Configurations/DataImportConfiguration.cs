using LegalAid.Domain.Centres;
using LegalAid.Domain.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class DataImportConfiguration : IEntityTypeConfiguration<DataImport>
{
    public void Configure(EntityTypeBuilder<DataImport> builder)
    {
        builder.Property(i => i.FileName).HasMaxLength(DataImport.FileNameMaxLength);
        builder.Property(i => i.Content).HasMaxLength(DataImport.MaxFileBytes);
        builder.Property(i => i.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(i => i.UploadedBy).HasMaxLength(256);
        builder.Property(i => i.ImportedBy).HasMaxLength(256);
        builder.Property(i => i.Report).HasMaxLength(int.MaxValue);
        builder.Property(i => i.Rejects).HasMaxLength(int.MaxValue);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne<Centre>().WithMany().HasForeignKey(i => i.CentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.CentreId, i.UploadedAtUtc });
    }
}
