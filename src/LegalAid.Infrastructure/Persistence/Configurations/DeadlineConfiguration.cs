using LegalAid.Domain.Cases;
using LegalAid.Domain.Consultations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class DeadlineConfiguration : IEntityTypeConfiguration<Deadline>
{
    public void Configure(EntityTypeBuilder<Deadline> builder)
    {
        builder.MapCorrections();
        builder.Property(d => d.Note).HasMaxLength(Deadline.NoteMaxLength);
        builder.Property(d => d.Place).HasMaxLength(Deadline.PlaceMaxLength);
        builder.HasOne<Case>().WithMany(c => c.Deadlines).HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Consultation>().WithMany(c => c.FollowUps).HasForeignKey(d => d.ConsultationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Consultation>().WithMany(c => c.KeptCallBacks).HasForeignKey(d => d.KeptByConsultationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.IsDone, d.DueOn });
        // A case's pending deadlines with their order (the desk, the calendar feed) from the index alone.
        builder.HasIndex(d => new { d.CaseId, d.IsDone, d.VoidedAtUtc, d.DueOn, d.DueAt });
        // A lawyer's pending deadlines (the desk's counts and due list) from the index alone.
        builder.HasIndex(d => new { d.OpenCaseLawyerId, d.CaseCentreId, d.IsDone, d.VoidedAtUtc, d.DueOn, d.DueAt });
    }
}
