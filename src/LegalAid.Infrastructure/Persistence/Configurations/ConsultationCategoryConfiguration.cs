using LegalAid.Domain.Consultations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class ConsultationCategoryConfiguration : IEntityTypeConfiguration<ConsultationCategory>
{
    public void Configure(EntityTypeBuilder<ConsultationCategory> builder)
    {
        builder.HasKey(c => new { c.ConsultationId, c.ProblemCategoryId });
        builder.HasOne(c => c.ProblemCategory).WithMany().HasForeignKey(c => c.ProblemCategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
