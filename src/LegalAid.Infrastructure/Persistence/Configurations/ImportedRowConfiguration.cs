using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;
using LegalAid.Domain.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class ImportedRowConfiguration : IEntityTypeConfiguration<ImportedRow>
{
    public void Configure(EntityTypeBuilder<ImportedRow> builder)
    {
        // A natural key: rows insert without asking the database for a generated id.
        builder.HasKey(r => new { r.CentreId, r.SourceKey });
        builder.Property(r => r.SourceKey).HasMaxLength(ImportedRow.SourceKeyLength).IsFixedLength();
        builder.Property(r => r.CaseKey).HasMaxLength(ImportedRow.CaseKeyMaxLength);
        builder.HasOne<DataImport>().WithMany().HasForeignKey(r => r.DataImportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        // The link goes with its consultation, so removing a consultation is not blocked by an import's bookkeeping.
        builder.HasOne<Consultation>().WithMany().HasForeignKey(r => r.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ClientId, r.CaseKey });
        builder.HasIndex(r => r.ConsultationId);
        builder.HasIndex(r => r.CaseId);
        builder.HasIndex(r => r.DataImportId);
    }
}
