using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class CaseDocumentConfiguration : IEntityTypeConfiguration<CaseDocument>
{
    public void Configure(EntityTypeBuilder<CaseDocument> builder)
    {
        builder.MapCorrections();
        builder.Property(d => d.FileName).HasMaxLength(CaseDocument.FileNameMaxLength);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.StorageKey).HasMaxLength(64);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.HasIndex(d => d.StorageKey).IsUnique();
        builder.HasOne<Case>().WithMany(c => c.Documents).HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
