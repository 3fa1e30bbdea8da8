using LegalAid.Application.Statistics.Engine;
using LegalAid.Domain.Consultations;

namespace LegalAid.Application.Tests.Statistics.Engine;

public sealed class ConsultationColumnsTests
{
    [Fact]
    public void ColumnsGrownFarPastTheirFirstCapacity_KeepEveryConsultationsFactsAndCategories()
    {
        var columns = new ConsultationColumns(capacity: 2);
        var day = new DateOnly(2026, 1, 1);
        for (var i = 0; i < 1_000; i++)
        {
            columns.Add(day.AddDays(i), i % 3, 10_000 + i, 20_000 + i, 30_000 + i, (ConsultationChannel)(i % 4), (ConsultationActions)(i % 8));
            // 0, 1 and 2 categories in turn, then one consultation with many.
            for (var k = 0; k < (i == 999 ? 50 : i % 3); k++)
            {
                columns.AddCategory((i * 100) + k);
            }
        }

        Assert.Equal(1_000, columns.Count);
        for (var i = 0; i < 1_000; i++)
        {
            var facts = (columns.HeldOn[i], columns.CentreId[i], columns.ClientId[i], columns.CaseId[i], columns.LawyerId[i], columns.Channel[i], columns.Actions[i]);
            Assert.Equal((day.AddDays(i), i % 3, 10_000 + i, 20_000 + i, 30_000 + i, (ConsultationChannel)(i % 4), (ConsultationActions)(i % 8)), facts);
            Assert.Equal(Enumerable.Range(0, i == 999 ? 50 : i % 3).Select(k => (i * 100) + k), columns.CategoriesOf(i).ToArray());
        }
    }
}
