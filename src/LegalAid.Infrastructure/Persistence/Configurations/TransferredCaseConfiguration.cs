using LegalAid.Domain.Cases;
using LegalAid.Domain.Transfers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class TransferredCaseConfiguration : IEntityTypeConfiguration<TransferredCase>
{
    public void Configure(EntityTypeBuilder<TransferredCase> builder)
    {
        builder.ToTable("TransferredCases");
        builder.HasKey(c => new { c.TransferId, c.CaseId });
        builder.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
