namespace LegalAid.Domain.Common;

/// <summary>Who acts and when: the staff member (if known), the instant in UTC and the date at their centre.</summary>
public sealed record Actor(int? StaffMemberId, DateTime NowUtc, DateOnly Today);
