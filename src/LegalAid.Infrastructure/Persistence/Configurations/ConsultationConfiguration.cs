using LegalAid.Domain.Consultations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> builder)
    {
        builder.MapCorrections();
        builder.Property(c => c.Summary).HasMaxLength(Consultation.SummaryMaxLength);
        builder.HasOne(c => c.Lawyer).WithMany().HasForeignKey(c => c.LawyerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Categories).WithOne().HasForeignKey(c => c.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.CaseId, c.HeldAtUtc });
        // Statistics scan a period's consultations: this index holds every column they read (voided ones left out).
        builder.HasIndex(c => new { c.HeldOn, c.CentreId, c.ClientId, c.CaseId, c.LawyerId, c.Channel, c.Actions, c.Id, c.VoidedAtUtc })
            .HasDatabaseName("IX_Consultations_Statistics");
        builder.HasIndex(c => new { c.ClientId, c.HeldOn });
        // A lawyer's latest consultations (the desk), newest first without sorting all of theirs.
        builder.HasIndex(c => new { c.LawyerId, c.HeldAtUtc });
    }
}
