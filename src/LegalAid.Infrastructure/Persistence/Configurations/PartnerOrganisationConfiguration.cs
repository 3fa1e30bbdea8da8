using LegalAid.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class PartnerOrganisationConfiguration : IEntityTypeConfiguration<PartnerOrganisation>
{
    public void Configure(EntityTypeBuilder<PartnerOrganisation> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(PartnerOrganisation.NameMaxLength);
        builder.Property(p => p.NameKy).HasMaxLength(PartnerOrganisation.NameMaxLength);
        builder.Property(p => p.NameEn).HasMaxLength(PartnerOrganisation.NameMaxLength);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}
