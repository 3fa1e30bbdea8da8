using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class CaseCategoryConfiguration : IEntityTypeConfiguration<CaseCategory>
{
    public void Configure(EntityTypeBuilder<CaseCategory> builder)
    {
        builder.HasKey(c => new { c.CaseId, c.ProblemCategoryId });
        builder.HasOne(c => c.ProblemCategory).WithMany().HasForeignKey(c => c.ProblemCategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
