namespace LegalAid.Application.Common.Models;

/// <summary>
/// A time on the clock of the record's centre, without an offset: what its lawyers read and type. The times named
/// <c>…Utc</c> are UTC instead.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CentreLocalTimeAttribute : Attribute;
