using LegalAid.Domain.Cases;
using LegalAid.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.Property(c => c.Number).HasMaxLength(20);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.Summary).HasMaxLength(Case.SummaryMaxLength);
        builder.ComplexProperty(c => c.AmountClaimed, money => MapMoney(money, "AmountClaimed"));
        builder.ComplexProperty(c => c.AmountRecovered, money => MapMoney(money, "AmountRecovered"));
        builder.Property(c => c.Version).IsConcurrencyToken();

        builder.HasOne(c => c.Client).WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Centre).WithMany().HasForeignKey(c => c.CentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.AssignedLawyer).WithMany().HasForeignKey(c => c.AssignedLawyerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.PrimaryCategory).WithMany().HasForeignKey(c => c.PrimaryCategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.OpposingParty).WithMany().HasForeignKey(c => c.OpposingPartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.OtherCategories).WithOne().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.History).WithOne().HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Consultations).WithOne(c => c.Case).HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(c => new { c.CentreId, c.Status });
        builder.HasIndex(c => c.OpenedOn);
        // The case list's default order within a centre, read a page at a time without sorting the centre's cases.
        builder.HasIndex(c => new { c.CentreId, c.OpenedOn });
        // "Does the centre hold a case of this client?" (the clients' centre scope) by both columns, so that SQLite
        // never answers it by reading the centre's cases instead.
        builder.HasIndex(c => new { c.ClientId, c.CentreId });
        // A lawyer's open cases (the desk) from the index alone, without reading the centre's open cases or the rows.
        builder.HasIndex(c => new { c.AssignedLawyerId, c.Status, c.CentreId, c.NextDueOn, c.OpenedOn });
        // The opposing party's other cases at the centre (the case page) are counted from the index alone: one
        // employer can be party to thousands of cases.
        builder.HasIndex(c => new { c.OpposingPartyId, c.CentreId });
    }

    private static void MapMoney(ComplexPropertyBuilder<Money> money, string prefix)
    {
        money.Property(m => m.MinorUnits).HasColumnName(prefix + "MinorUnits");
        money.Property(m => m.Currency).HasColumnName(prefix + "Currency").HasMaxLength(3).IsFixedLength();
        money.Ignore(m => m.Amount);
    }
}
