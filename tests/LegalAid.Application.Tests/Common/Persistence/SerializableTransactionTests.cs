using LegalAid.Application.Common.Interfaces;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Common.Persistence;

/// <summary>A rule over many records checked in a serializable transaction keeps its guarantee only in a transaction of its own.</summary>
public sealed class SerializableTransactionTests : ApplicationTest
{
    [Fact]
    public async Task ASerializableTransaction_InsideAnother_IsRefused_NotRunAtTheOutersLevel()
    {
        await using var scope = App.CreateScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var ran = false;

        await Assert.ThrowsAsync<InvalidOperationException>(() => unitOfWork.InTransactionAsync(
            () => unitOfWork.InSerializableTransactionAsync(() => Task.FromResult(ran = true), CancellationToken.None),
            CancellationToken.None));

        Assert.False(ran);
        Assert.True(await unitOfWork.InSerializableTransactionAsync(() => Task.FromResult(true), CancellationToken.None));
    }
}
