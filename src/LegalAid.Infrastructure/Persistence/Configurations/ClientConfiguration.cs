using LegalAid.Domain.Clients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.ComplexProperty(c => c.Name, name =>
        {
            name.Property(n => n.FamilyName).HasColumnName("FamilyName").HasMaxLength(PersonName.PartMaxLength);
            name.Property(n => n.GivenName).HasColumnName("GivenName").HasMaxLength(PersonName.PartMaxLength);
            name.Property(n => n.Patronymic).HasColumnName("Patronymic").HasMaxLength(PersonName.PartMaxLength);
            name.Property(n => n.LatinName).HasColumnName("LatinName").HasMaxLength(PersonName.LatinMaxLength);
        });
        builder.ComplexProperty(c => c.Consent, consent =>
        {
            consent.Property(n => n.GivenOn).HasColumnName("ConsentGivenOn");
            consent.Property(n => n.Scope).HasColumnName("ConsentScope");
        });
        builder.Ignore(c => c.DateOfBirth);
        builder.Property(c => c.Citizenship).HasMaxLength(2).IsFixedLength();
        builder.Property(c => c.Phone).HasMaxLength(Client.PhoneMaxLength);
        builder.Property(c => c.MessengerContact).HasMaxLength(Client.ContactMaxLength);
        builder.Property(c => c.RegionOfOrigin).HasMaxLength(Client.ContactMaxLength);
        builder.Property(c => c.PreferredLanguage).HasMaxLength(2).IsFixedLength();
        builder.Property(c => c.SearchKey).HasMaxLength(1200);
        builder.Property(c => c.FamilyNameKey).HasMaxLength(100);
        builder.Property(c => c.GivenNameKey).HasMaxLength(100);
        builder.Property(c => c.Version).IsConcurrencyToken();

        builder.HasMany(c => c.NameTokens).WithOne().HasForeignKey(t => t.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.NameTokens).AutoInclude();

        builder.HasOne(c => c.RegisteringCentre).WithMany().HasForeignKey(c => c.RegisteringCentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Centre).WithMany().HasForeignKey(c => c.CentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.SearchKey);
        builder.HasIndex(c => new { c.FamilyNameKey, c.GivenNameKey });
        builder.HasIndex(c => c.BirthDate);
        builder.HasIndex(c => c.Phone);
        // A centre's clients in id order, with what the list's count and the other centres' phone matches read, so
        // both stay in the index: the count looks each id up in the cases in turn, and a phone's digits are read
        // beside it (benchmarks/README.md, "The list's order as an index").
        builder.HasIndex(c => new { c.CentreId, c.AnonymisedOn, c.Id, c.Phone });
    }
}
