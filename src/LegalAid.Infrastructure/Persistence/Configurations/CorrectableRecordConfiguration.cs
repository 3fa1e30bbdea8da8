using LegalAid.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

/// <summary>The columns every <see cref="CorrectableRecord"/> shares: its version, checked on every update, and who voided it, when and why.</summary>
internal static class CorrectableRecordConfiguration
{
    public static void MapCorrections<T>(this EntityTypeBuilder<T> builder)
        where T : CorrectableRecord
    {
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.VoidReason).HasMaxLength(CorrectableRecord.VoidReasonMaxLength);
        builder.HasOne(r => r.VoidedBy).WithMany().HasForeignKey(r => r.VoidedByStaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
