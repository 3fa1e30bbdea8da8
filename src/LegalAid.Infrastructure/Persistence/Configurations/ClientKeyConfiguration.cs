using LegalAid.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class ClientKeyConfiguration : IEntityTypeConfiguration<ClientKey>
{
    public void Configure(EntityTypeBuilder<ClientKey> builder)
    {
        builder.HasKey(k => k.ClientId);
        builder.Property(k => k.ClientId).ValueGeneratedNever();
        builder.Property(k => k.WrappedKey).HasMaxLength(64);
    }
}
