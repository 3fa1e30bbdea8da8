using LegalAid.Domain.Common;

namespace LegalAid.Domain.Centres;

/// <summary>A migrant support centre of the programme (Moscow, Kazan, Chelyabinsk).</summary>
public sealed class Centre : IVersioned
{
    public const int NameMaxLength = 200;

    private TimeZoneInfo? timeZone;

    public Centre(int id, string code, string name, string nameKy, string nameEn, string city, string address, string timeZoneId)
    {
        Id = id;
        Code = code;
        Name = name;
        NameKy = nameKy;
        NameEn = nameEn;
        City = city;
        Address = address;
        TimeZoneId = timeZoneId;
    }

    public int Id { get; private set; }

    /// <summary>Three capital letters, also the prefix of the centre's case numbers.</summary>
    public string Code { get; private set; }

    /// <summary>The name in Russian, the programme's working language.</summary>
    public string Name { get; private set; }

    public string NameKy { get; private set; }

    public string NameEn { get; private set; }

    public string City { get; private set; }

    public string Address { get; private set; }

    /// <summary>IANA time zone; dates of consultations and cases are the centre's local dates.</summary>
    public string TimeZoneId { get; private set; }

    public int Version { get; private set; }

    public void Describe(string name, string nameKy, string nameEn, string address)
    {
        Name = Guard.RequiredText(name, nameof(Name), NameMaxLength);
        NameKy = Guard.RequiredText(nameKy, nameof(NameKy), NameMaxLength);
        NameEn = Guard.RequiredText(nameEn, nameof(NameEn), NameMaxLength);
        Address = Guard.RequiredText(address, nameof(Address), 400);
    }

    /// <summary>Looked up once per centre: the runtime's lookup takes a lock on every call, and imports convert 100,000 times.</summary>
    public TimeZoneInfo TimeZone => timeZone ??= TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone);

    /// <summary>
    /// The moment a time names: read on the centre's clock when it names no zone (a form's field, a spreadsheet's
    /// cell), or that very instant when it does (an API client that sent "Z" or an offset).
    /// </summary>
    public CentreMoment MomentOf(DateTime time)
    {
        if (time.Kind == DateTimeKind.Unspecified)
        {
            return new CentreMoment(TimeZoneInfo.ConvertTimeToUtc(time, TimeZone), DateOnly.FromDateTime(time));
        }

        var utc = time.ToUniversalTime();
        return new CentreMoment(utc, LocalDate(utc));
    }
}
