using LegalAid.Application.Common.Interfaces;
using LegalAid.Infrastructure.Persistence.SubmittedRequests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalAid.Infrastructure.Persistence.Configurations;

internal sealed class SubmittedRequestConfiguration : IEntityTypeConfiguration<SubmittedRequest>
{
    public void Configure(EntityTypeBuilder<SubmittedRequest> builder)
    {
        builder.Property(r => r.AccountId).HasMaxLength(450);
        builder.Property(r => r.Key).HasMaxLength(ISubmissionKey.MaxLength);
        builder.Property(r => r.RequestType).HasMaxLength(SubmittedRequest.RequestTypeMaxLength);
        builder.Property(r => r.Fingerprint).HasMaxLength(64);
        builder.HasIndex(r => new { r.AccountId, r.Key, r.RequestType }).IsUnique();
        builder.HasIndex(r => r.SubmittedAtUtc);
    }
}
