using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpsTracker.Api.Features.Audit;
using OpsTracker.Api.Infrastructure.CommandLine;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// <c>OpsTracker.Api import &lt;resource&gt; &lt;file&gt; [--upsert] [--dry-run] [--format csv|json|ndjson]</c>: the same
/// import as the endpoint, run against the configured database (migrated first) for big loads and cron jobs. It
/// prints the same report or problem (JSON) on stdout, a progress line on stderr when that is a terminal, and exits
/// 0 when the import succeeded, 1 when it was refused (nothing written), 2 for a wrong command line.
/// </summary>
public static class ImportCommand
{
    private const string Usage = "Usage: import <resource> <file> [--upsert] [--dry-run] [--format csv|json|ndjson] [--Setting:Key=value ...]";

    public static bool IsImport(string[] args) => CommandLineHost.IsCommand(args, "import");

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        string? resource = null, path = null;
        var options = new ImportOptions(Actor: AuditTrail.CommandLineActor());
        ImportFormat? format = null;
        var words = args.Skip(1).Where(arg => !CommandLineHost.IsSetting(arg)).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "--upsert":
                    options = options with { Mode = ImportMode.Upsert };
                    break;
                case "--dry-run":
                    options = options with { DryRun = true };
                    break;
                case "--format" when i + 1 < words.Count && Enum.TryParse<ImportFormat>(words[i + 1], ignoreCase: true, out var named):
                    format = named;
                    i++;
                    break;
                case var word when !word.StartsWith('-') && resource is null:
                    resource = word;
                    break;
                case var word when !word.StartsWith('-') && path is null:
                    path = word;
                    break;
                default:
                    return Fail($"Unknown or incomplete argument '{words[i]}'.");
            }
        }

        var catalog = app.Services.GetRequiredService<ImportCatalog>();
        if (resource is null || path is null)
        {
            return Fail("Name a resource and a file.");
        }

        if (catalog.Find(resource) is not { } importer)
        {
            return Fail($"'{resource}' is not a resource. The resources are: {string.Join(", ", catalog.All.Select(i => i.Path))}.");
        }

        if ((format ?? ImportFormats.FromFileName(path)) is not { } fileFormat)
        {
            return Fail($"Cannot tell the format of '{path}' from its name; add --format csv, json or ndjson.");
        }

        if (!File.Exists(path))
        {
            return Fail($"There is no file '{path}'.");
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<OpsTrackerDbContext>(), cancel.Token);
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, useAsync: true);
        using var progress = Console.IsErrorRedirected ? null : new ProgressLine(resource, file);

        ImportOutcome outcome;
        try
        {
            outcome = await importer.ImportAsync(file, fileFormat, options, scope.ServiceProvider, progress is null ? null : progress.Report, cancel.Token);
        }
        catch (OperationCanceledException)
        {
            progress?.Dispose();
            await Console.Error.WriteLineAsync("Cancelled; nothing was imported.");
            return 1;
        }

        progress?.Dispose();
        var json = app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        Console.WriteLine(outcome.Succeeded
            ? JsonSerializer.Serialize(outcome.Report, json)
            : Problem(outcome).ToJsonString(new JsonSerializerOptions(json) { WriteIndented = true }));
        return outcome.Succeeded ? 0 : 1;
    }

    /// <summary>The problem the endpoint answers with, as JSON.</summary>
    private static JsonObject Problem(ImportOutcome outcome)
    {
        var errors = new JsonObject();
        foreach (var (key, messages) in outcome.Errors!.ToDictionary())
        {
            errors[key] = new JsonArray([.. messages.Select(message => (JsonNode?)message)]);
        }

        return new JsonObject
        {
            ["type"] = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            ["title"] = "The request has invalid fields.",
            ["status"] = 400,
            ["detail"] = outcome.Detail,
            ["errors"] = errors,
            ["errorCount"] = outcome.ErrorCount,
            ["errorLimit"] = ImportErrors.Limit,
        };
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine(Usage);
        return 2;
    }

    /// <summary>A progress line on the terminal, redrawn a few times a second: records read, share of the file, rate.</summary>
    private sealed class ProgressLine : IDisposable
    {
        private readonly string _resource;
        private readonly FileStream _file;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly Timer _timer;
        private long _records;

        public ProgressLine(string resource, FileStream file)
        {
            _resource = resource;
            _file = file;
            _timer = new Timer(_ => Draw(), null, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250));
        }

        public void Report(long records) => Interlocked.Exchange(ref _records, records);

        public void Dispose()
        {
            _timer.Dispose();
            Draw();
            Console.Error.WriteLine();
        }

        private void Draw()
        {
            var records = Interlocked.Read(ref _records);
            var share = _file.Length == 0 ? 100 : 100.0 * Math.Min(_file.Position, _file.Length) / _file.Length;
            var rate = records / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
            Console.Error.Write($"\rImporting {_resource}: {records:N0} records, {share,5:F1}% of the file, {rate:N0} records/s   ");
        }
    }
}
