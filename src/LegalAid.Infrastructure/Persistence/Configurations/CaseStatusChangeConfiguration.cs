using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class CaseStatusChangeConfiguration : IEntityTypeConfiguration<CaseStatusChange>
{
    public void Configure(EntityTypeBuilder<CaseStatusChange> builder)
    {
        builder.Property(h => h.Note).HasMaxLength(Case.NoteMaxLength);
        builder.HasIndex(h => new { h.EffectiveOn, h.Status });
        builder.HasOne(h => h.ByStaffMember).WithMany().HasForeignKey(h => h.ByStaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
