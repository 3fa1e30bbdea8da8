using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.MapCorrections();
        builder.Property(r => r.Note).HasMaxLength(Referral.NoteMaxLength);
        builder.Property(r => r.ResultNote).HasMaxLength(Referral.NoteMaxLength);
        builder.HasOne<Case>().WithMany(c => c.Referrals).HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Partner).WithMany().HasForeignKey(r => r.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ReferredOn);
    }
}
