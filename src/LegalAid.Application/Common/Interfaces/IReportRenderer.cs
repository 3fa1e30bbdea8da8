using LegalAid.Application.Common.Reports;


namespace LegalAid.Application.Common.Interfaces;

/// <summary>Turns a report's content into a PDF. The reports never see the PDF library behind it.</summary>
public interface IReportRenderer
{
    byte[] Render(ReportDocument document);
}
