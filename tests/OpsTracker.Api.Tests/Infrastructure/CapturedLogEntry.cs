using Microsoft.Extensions.Logging;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>One entry the API logged: its category, level, event, message and exception.</summary>
public sealed record CapturedLogEntry(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}[{EventId.Id}]: {Message}{(Exception is null ? "" : $" ({Exception.GetType().Name})")}";
}
