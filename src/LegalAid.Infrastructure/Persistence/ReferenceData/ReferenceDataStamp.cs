namespace LegalAid.Infrastructure.Persistence.ReferenceData;

/// <summary>The one row that holds the reference data's stamp (see <see cref="ReferenceDataChanges"/>).</summary>
internal sealed class ReferenceDataStamp
{
    public const int RowId = 1;

    public int Id { get; init; }

    public Guid Value { get; init; }
}
