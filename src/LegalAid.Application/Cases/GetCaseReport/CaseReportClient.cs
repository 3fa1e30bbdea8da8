using AutoMapper;
using LegalAid.Domain.Clients;

namespace LegalAid.Application.Cases.GetCaseReport;

/// <summary>The client's identification as the case report prints it.</summary>
internal sealed record CaseReportClient(DateOnly? BirthDate, int? BirthYear, string Citizenship, Sex Sex, string? Phone)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Client, CaseReportClient>();
    }
}
