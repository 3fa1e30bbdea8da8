using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class OpposingPartyConfiguration : IEntityTypeConfiguration<OpposingParty>
{
    public void Configure(EntityTypeBuilder<OpposingParty> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(OpposingParty.NameMaxLength);
        builder.Property(p => p.NameKey).HasMaxLength(OpposingParty.NameMaxLength);
        builder.HasIndex(p => p.NameKey).IsUnique();
    }
}
