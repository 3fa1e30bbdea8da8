using LegalAid.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class DonorReportConfiguration : IEntityTypeConfiguration<DonorReport>
{
    public void Configure(EntityTypeBuilder<DonorReport> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(DonorReport.TitleMaxLength);
        builder.Property(r => r.Language).HasMaxLength(5);
        builder.Property(r => r.Centres).HasMaxLength(100);
        builder.Property(r => r.DocumentId).HasMaxLength(32);
        builder.Property(r => r.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.Property(r => r.PublishedBy).HasMaxLength(256);
        builder.Property(r => r.HiddenShare).HasPrecision(5, 4);
        builder.Property(r => r.WithdrawnBy).HasMaxLength(256);
        builder.Property(r => r.WithdrawalReason).HasMaxLength(DonorReport.WithdrawalReasonMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property<DateTime?>(Application.Reports.Common.DonorNoticeLease.Property);
        builder.HasIndex(r => r.CreatedAtUtc);
    }
}
