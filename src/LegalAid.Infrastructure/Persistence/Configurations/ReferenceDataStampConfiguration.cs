using LegalAid.Infrastructure.Persistence.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class ReferenceDataStampConfiguration : IEntityTypeConfiguration<ReferenceDataStamp>
{
    public void Configure(EntityTypeBuilder<ReferenceDataStamp> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasData(new ReferenceDataStamp { Id = ReferenceDataStamp.RowId, Value = new Guid("5f0c1d2e-0000-4000-8000-000000000001") });
    }
}
