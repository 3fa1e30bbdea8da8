using LegalAid.Infrastructure.Persistence.StatisticsPacks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class StatisticsPackConfiguration : IEntityTypeConfiguration<StatisticsPack>
{
    public void Configure(EntityTypeBuilder<StatisticsPack> builder)
    {
        builder.ToTable("StatisticsPacks");
        builder.HasKey(p => new { p.Kind, p.Number });
    }
}
