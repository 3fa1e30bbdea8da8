using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class DeadlineConfiguration : IEntityTypeConfiguration<Deadline>
{
    public void Configure(EntityTypeBuilder<Deadline> builder)
    {
        builder.Property(d => d.Note).HasMaxLength(Deadline.NoteMaxLength);
        builder.HasOne<Case>().WithMany(c => c.Deadlines).HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.Consultation).WithOne(c => c.FollowUp).HasForeignKey<Deadline>(d => d.ConsultationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.IsDone, d.DueOn });
        builder.HasIndex(d => new { d.CaseId, d.IsDone, d.DueOn });
    }
}
