using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LegalAid.Web.Tests.Deployment;

/// <summary>Server:ConcurrentRequests bounds the requests a server works on at once; health probes never wait.</summary>
public sealed class RequestConcurrencyTests
{
    [Fact]
    public async Task ARequestBeyondTheLimitAndTheQueue_IsRefused_WhileHealthProbesAndLaterRequestsAreAnswered()
    {
        await using var factory = new LegalAidFactory(new Dictionary<string, string> { ["Server:ConcurrentRequests"] = "1", ["Server:QueuedRequests"] = "0" });
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        // A form whose body is still arriving holds the one permit while the server reads it.
        var body = new UnfinishedBody();
        var content = new StreamContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        var slow = client.PostAsync("/Account/Login", content, TestContext.Current.CancellationToken);
        await UntilTheOnlyPermitIsTakenAsync(factory);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/Account/Login", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);

        body.Finish();
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await slow).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login", TestContext.Current.CancellationToken)).StatusCode);
    }

    private static async Task UntilTheOnlyPermitIsTakenAsync(LegalAidFactory factory)
    {
        var limiter = factory.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;
        var page = new DefaultHttpContext { Request = { Path = "/Account/Login" } };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (limiter.GetStatistics(page)!.CurrentAvailablePermits > 0)
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    /// <summary>A request body whose first byte arrives and whose end waits to be told.</summary>
    private sealed class UnfinishedBody : Stream
    {
        private readonly TaskCompletionSource finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private bool sentFirstByte;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public void Finish() => finished.TrySetResult();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!sentFirstByte)
            {
                sentFirstByte = true;
                buffer.Span[0] = (byte)'a';
                return 1;
            }

            await finished.Task.WaitAsync(cancellationToken);
            return 0;
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
