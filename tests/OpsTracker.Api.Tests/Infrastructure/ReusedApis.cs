using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Api.Features.Intake.Reports;
using OpsTracker.Api.RecordEngine.Answers;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>
/// API hosts kept for the next test with the same settings instead of being stopped. Starting a host (building its
/// services and compiling the request delegates of every endpoint) costs more than most tests' own requests. A test
/// still gets a database of its own: a host is handed back only after its database was set back to a fresh copy of
/// the migrated template. What the API keeps in memory between requests (options, the endpoints, the rate limiter's
/// counters under limits no test reaches) is the same for every test with those settings; a test that needs
/// settings of its own, or the start-up itself, makes an <see cref="ApiFactory"/> of its own.
/// </summary>
public static class ReusedApis
{
    private static readonly ConcurrentDictionary<string, ConcurrentBag<ApiFactory>> Idle = new(StringComparer.Ordinal);

    static ReusedApis()
    {
        // The kept hosts' databases are temporary files (or databases) of their own; the hosts end with the process.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var factory in Idle.Values.SelectMany(idle => idle))
            {
                factory.Database.Dispose();
            }
        };
    }

    /// <summary>
    /// An API with the default settings and <paramref name="settings"/> on a new, migrated, empty database, for one
    /// test, which hands it back with <see cref="Return"/> (<see cref="ApiTest"/> does).
    /// </summary>
    public static ApiFactory Rent(params (string Key, string? Value)[] settings)
    {
        var reuseKey = string.Join('\n', settings.Select(setting => $"{setting.Key}={setting.Value}"));
        return Idle.GetOrAdd(reuseKey, _ => []).TryTake(out var factory) ? factory : ApiFactory.Reusable(reuseKey, settings);
    }

    /// <summary>
    /// Takes back an API a test is done with: its database is set back to the template's copy and the host kept,
    /// or, if that fails or the test disposed the host, the API is disposed as any other.
    /// </summary>
    public static void Return(ApiFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory.ReuseKey);
        if (factory.IsDisposed)
        {
            return;
        }

        try
        {
            factory.Database.Reset();

            // The answers kept in memory belong to the database just replaced, whose data versions the next test's
            // copy repeats with other records.
            factory.Services.GetRequiredService<AnswerCache>().Clear();
            factory.Services.GetRequiredService<ExtractorCache>().Clear();
        }
        catch
        {
            factory.Dispose();
            throw;
        }

        Idle[factory.ReuseKey].Add(factory);
    }
}
