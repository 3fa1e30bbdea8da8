using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace LegalAid.Web.Tests.Deployment;

/// <summary>
/// Debian's Caddy serving the compose file's <c>deploy/Caddyfile</c> in front of one app node: TLS from Caddy's own
/// authority, as in compose, but on free loopback ports instead of 80 and 443, with its state in a folder of its own
/// and its root trusted only by the clients this class makes (never installed on the machine).
/// </summary>
internal sealed class CaddyProxy : IAsyncDisposable
{
    private const string Executable = "/usr/bin/caddy";

    private readonly Process process;
    private readonly string folder;
    private readonly X509Certificate2 root;
    private readonly X509Certificate2 intermediate;

    private CaddyProxy(Process process, string folder, Uri http, Uri https)
    {
        this.process = process;
        this.folder = folder;
        Http = http;
        Https = https;
        var authority = Path.Combine(folder, "data", "pki", "authorities", "local");
        root = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(authority, "root.crt"));
        intermediate = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(authority, "intermediate.crt"));
    }

    public Uri Http { get; }

    public Uri Https { get; }

    /// <summary>Starts Caddy before <paramref name="upstream"/> and waits until it answers over HTTPS.</summary>
    public static async Task<CaddyProxy> StartAsync(Uri upstream)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException(
                $"The proxy tests run the compose file's Caddyfile with Debian's Caddy; {Executable} was not found. " +
                "Install the Debian package caddy: sudo apt-get install caddy");
        }

        var folder = Path.Combine(Path.GetTempPath(), "legalaid-caddy-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var (httpPort, httpsPort) = TwoFreePorts();
        var config = Path.Combine(folder, "Caddyfile");
        await File.WriteAllTextAsync(config, $$"""
            {
            	admin off
            	skip_install_trust
            	storage file_system {{Path.Combine(folder, "data")}}
            	http_port {{httpPort}}
            	https_port {{httpsPort}}
            }
            import {{Repository.File("deploy/Caddyfile")}}
            """);

        var start = new ProcessStartInfo(Executable, ["run", "--config", config, "--adapter", "caddyfile"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["LEGALAID_HOST"] = "localhost",
                ["LEGALAID_UPSTREAM"] = $"{upstream.Host}:{upstream.Port}",
                ["XDG_DATA_HOME"] = folder,
                ["XDG_CONFIG_HOME"] = folder,
            },
        };
        var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.ErrorDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var https = new Uri($"https://localhost:{httpsPort}");
        try
        {
            await WaitUntilServingAsync(process, folder, https, output);
            return new CaddyProxy(process, folder, new Uri($"http://localhost:{httpPort}"), https);
        }
        catch
        {
            await StopAsync(process, folder);
            throw;
        }
    }

    /// <summary>
    /// A browser of this proxy's HTTPS address that trusts Caddy's authority, keeps cookies and follows no redirect;
    /// its connections come from <paramref name="from"/> (any 127.x.y.z address is this machine) when given.
    /// </summary>
    public HttpClient Browser(IPAddress? from = null) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        SslOptions =
        {
            RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                certificate is X509Certificate2 served && (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) == SslPolicyErrors.None && IsIssuedByCaddy(served),
        },
        ConnectCallback = from is null ? null : (context, cancellationToken) => ConnectFromAsync(from, context.DnsEndPoint.Port, cancellationToken),
    })
    { BaseAddress = Https };

    private static async ValueTask<Stream> ConnectFromAsync(IPAddress from, int port, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(from, 0));
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private bool IsIssuedByCaddy(X509Certificate2 certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.ExtraStore.Add(intermediate);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }

    private static async Task WaitUntilServingAsync(Process process, string folder, Uri https, StringBuilder output)
    {
        var rootFile = Path.Combine(folder, "data", "pki", "authorities", "local", "root.crt");
        // It only waits for Caddy to serve; the clients of the tests check the certificate.
        using var probe = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true })
        {
            Timeout = TimeSpan.FromSeconds(5),
        };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if (File.Exists(rootFile))
                {
                    using var response = await probe.GetAsync(new Uri(https, "/health/live"));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or its certificate not issued yet.
            }

            await Task.Delay(100);
        }

        lock (output)
        {
            throw new InvalidOperationException(process.HasExited
                ? $"Caddy stopped before serving {https}:\n{output}"
                : $"Caddy did not serve {https} within 30 s:\n{output}");
        }
    }

    /// <summary>Both listeners are held until both ports are known, so that the two differ.</summary>
    private static (int Http, int Https) TwoFreePorts()
    {
        using var http = new TcpListener(IPAddress.Loopback, 0);
        using var https = new TcpListener(IPAddress.Loopback, 0);
        http.Start();
        https.Start();
        return (((IPEndPoint)http.LocalEndpoint).Port, ((IPEndPoint)https.LocalEndpoint).Port);
    }

    private static async Task StopAsync(Process process, string folder)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    public async ValueTask DisposeAsync()
    {
        root.Dispose();
        intermediate.Dispose();
        await StopAsync(process, folder);
    }
}
