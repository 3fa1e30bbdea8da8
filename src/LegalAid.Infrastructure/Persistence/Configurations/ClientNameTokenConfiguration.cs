using LegalAid.Domain.Clients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class ClientNameTokenConfiguration : IEntityTypeConfiguration<ClientNameToken>
{
    public void Configure(EntityTypeBuilder<ClientNameToken> builder)
    {
        builder.ToTable("ClientNameTokens");
        builder.HasKey(t => new { t.ClientId, t.Kind, t.Value });
        builder.Property(t => t.Value).HasMaxLength(ClientNameToken.MaxLength);

        // A typed word is a range of this index (the tokens that start with it); the client id makes it covering.
        builder.HasIndex(t => new { t.Kind, t.Value, t.ClientId });
    }
}
