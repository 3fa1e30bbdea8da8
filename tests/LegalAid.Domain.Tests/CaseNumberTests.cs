using LegalAid.Domain.Cases;

namespace LegalAid.Domain.Tests;

public sealed class CaseNumberTests
{
    [Theory]
    [InlineData("MOW-2026-00173", "MOW-2026-00173")]
    [InlineData("mow-2026-173", "MOW-2026-00173")]
    [InlineData("Kzn-2025-1", "KZN-2025-00001")]
    public void ANumberAsAPersonTypesIt_ReadsAsTheCasesNumber(string typed, string number) =>
        Assert.Equal(number, CaseNumber.Read(typed)?.ToString());

    [Theory]
    [InlineData("MOW-26-00173")]
    [InlineData("MOW-2026-")]
    [InlineData("MOW 2026 00173")]
    [InlineData("Дело 5")]
    [InlineData("MOW-2026-1234567890")]
    public void AnythingElse_IsNoCaseNumber(string typed) => Assert.Null(CaseNumber.Read(typed));
}
