using LegalAid.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class DonorReportNoticeConfiguration : IEntityTypeConfiguration<DonorReportNotice>
{
    public void Configure(EntityTypeBuilder<DonorReportNotice> builder)
    {
        builder.Property(n => n.Email).HasMaxLength(DonorReportNotice.EmailMaxLength);
        builder.HasOne<DonorReport>().WithMany().HasForeignKey(n => n.DonorReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.DonorReportId, n.Kind });
    }
}
