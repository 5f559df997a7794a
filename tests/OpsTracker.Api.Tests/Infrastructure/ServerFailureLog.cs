using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>
/// The errors every test API logs with an exception, keyed by the request's trace id, so that a test that gets an
/// unexpected 500 can say why (<see cref="JsonHttp.AssertStatusAsync"/>): a 500's answer names only its trace id, and
/// a failure seen once in a CI run is otherwise gone with its host.
/// </summary>
public sealed class ServerFailureLog : ILoggerProvider
{
    private static readonly ConcurrentDictionary<string, string> Failures = new(StringComparer.Ordinal);

    public static ServerFailureLog Instance { get; } = new();

    /// <summary>What the API logged for the request with this trace id, or null if it logged no exception.</summary>
    public static string? Find(string traceId) => Failures.TryGetValue(traceId, out var failure) ? failure : null;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error && exception is not null && Activity.Current?.Id is { } traceId)
            {
                Failures.AddOrUpdate(
                    traceId,
                    _ => $"{category}: {formatter(state, exception)}{Environment.NewLine}{exception}",
                    (_, earlier) => $"{earlier}{Environment.NewLine}{category}: {formatter(state, exception)}{Environment.NewLine}{exception}");
            }
        }
    }
}
