using LegalAid.Domain.Centres;
using LegalAid.Infrastructure.Persistence.CaseCounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class CaseCountConfiguration : IEntityTypeConfiguration<CaseCount>
{
    public void Configure(EntityTypeBuilder<CaseCount> builder)
    {
        builder.ToTable("CaseCounts");
        builder.HasKey(c => new { c.CentreId, c.Status });
        builder.HasOne<Centre>().WithMany().HasForeignKey(c => c.CentreId).OnDelete(DeleteBehavior.Restrict);
    }
}
