using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>Every DateTime in the model is UTC; this makes values read back say so.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
