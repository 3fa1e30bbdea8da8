using LegalAid.Domain.Centres;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Staff;
using LegalAid.Domain.Transfers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class ClientTransferConfiguration : IEntityTypeConfiguration<ClientTransfer>
{
    public void Configure(EntityTypeBuilder<ClientTransfer> builder)
    {
        builder.ComplexProperty(t => t.Sought, sought =>
        {
            sought.Property(p => p.FamilyName).HasColumnName("SoughtFamilyName").HasMaxLength(PersonName.PartMaxLength);
            sought.Property(p => p.GivenName).HasColumnName("SoughtGivenName").HasMaxLength(PersonName.PartMaxLength);
            sought.Property(p => p.Patronymic).HasColumnName("SoughtPatronymic").HasMaxLength(PersonName.PartMaxLength);
            sought.Property(p => p.BirthYear).HasColumnName("SoughtBirthYear");
            sought.Property(p => p.BirthDate).HasColumnName("SoughtBirthDate");
            sought.Property(p => p.Phone).HasColumnName("SoughtPhone").HasMaxLength(Client.PhoneMaxLength);
        });
        builder.Property(t => t.RequestNote).HasMaxLength(ClientTransfer.NoteMaxLength);
        builder.Property(t => t.ProposalNote).HasMaxLength(ClientTransfer.NoteMaxLength);
        builder.Property(t => t.DecisionNote).HasMaxLength(ClientTransfer.NoteMaxLength);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.IsPending);
        builder.Ignore(t => t.CentreToDecide);
        builder.Ignore(t => t.CentreToWithdraw);

        builder.HasOne<Centre>().WithMany().HasForeignKey(t => t.FromCentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Centre>().WithMany().HasForeignKey(t => t.ToCentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.Client).WithMany().HasForeignKey(t => t.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.RequestedByStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.ProposedByStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.DecidedByStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Cases).WithOne().HasForeignKey(c => c.TransferId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(t => new { t.FromCentreId, t.Status });
        builder.HasIndex(t => new { t.ToCentreId, t.Status });
    }
}
