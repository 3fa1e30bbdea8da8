using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace LegalAid.Web.Tests.Observability;

/// <summary>
/// A logger provider beside the console that writes each line with the app's own console formatter
/// (the JSON one outside Development) and the same scopes, so tests read what the console would print, from
/// <paramref name="minimum"/> up (the app's filters apply first).
/// </summary>
internal sealed class LogCapture(ConsoleFormatter formatter, LogLevel minimum = LogLevel.Information) : ILoggerProvider, ISupportExternalScope
{
    private readonly ConsoleFormatter format = formatter;
    private readonly LogLevel minimum = minimum;
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<(string Category, string Line)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    /// <summary>Every string in a JSON line, unescaped: the JSON formatter writes Cyrillic as \u escapes.</summary>
    public static string Unescaped(string line)
    {
        var text = new StringBuilder();
        void Collect(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    text.Append(element.GetString()).Append(' ');
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        text.Append(property.Name).Append(' ');
                        Collect(property.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Collect(item);
                    }

                    break;
            }
        }

        using var document = JsonDocument.Parse(line);
        Collect(document.RootElement);
        return text.ToString();
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => capture.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel >= capture.minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            using var writer = new StringWriter();
            capture.format.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter), capture.scopes, writer);
            capture.Lines.Enqueue((category, writer.ToString()));
        }
    }
}
