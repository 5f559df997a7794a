using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using FluentValidation;
using Microsoft.Extensions.Options;
using OpsTracker.Api.Features.Audit;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.Infrastructure.CommandLine;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Validation;

namespace OpsTracker.Api.Features.Intake.Reports;

/// <summary>
/// <c>OpsTracker.Api intake FILE …</c>: stores a report's text with its source and prints the report and its drafts
/// as JSON, exactly as <c>POST /api/v1/reports</c> would answer (the same validation, the same store); with
/// <c>--dry-run</c> prints the drafts and stores nothing. Exits 0 on success, 1 when the report is refused (the
/// problem on stderr), 2 for a wrong command line.
/// </summary>
public static class IntakeCommand
{
    private const string Usage = """
        Usage: intake FILE (--source-id ID | --source-title TITLE --publisher PUBLISHER [--url URL] [--kind KIND] [--reliability A-F])
                      [--language TAG] [--published-on YYYY-MM-DD] [--dry-run] [--Setting:Key=value ...]
        """;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsIntake(string[] args) => CommandLineHost.IsCommand(args, "intake");

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var words = args.Skip(1).Where(arg => !CommandLineHost.IsSetting(arg)).ToList();
        string? path = null;
        var dryRun = false;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] named = ["--source-id", "--source-title", "--publisher", "--url", "--kind", "--reliability", "--language", "--published-on"];
        for (var i = 0; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "--dry-run":
                    dryRun = true;
                    break;
                case var name when named.Contains(name) && i + 1 < words.Count && !values.ContainsKey(name):
                    values[name] = words[++i];
                    break;
                case var word when !word.StartsWith('-') && path is null:
                    path = word;
                    break;
                default:
                    return Fail($"Unknown, repeated or incomplete argument '{words[i]}'.");
            }
        }

        if (path is null)
        {
            return Fail("Name the file that holds the report's text.");
        }

        if (!File.Exists(path))
        {
            return Fail($"There is no file '{path}'.");
        }

        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            await Console.Error.WriteLineAsync($"'{path}' is not UTF-8 text; nothing was stored.");
            return 1;
        }

        if (Request(values, text) is not { } request)
        {
            return Fail("--source-id must be a number, --published-on a date (YYYY-MM-DD), --kind and --reliability names the API takes.");
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<OpsTrackerDbContext>();
        await DatabaseSetup.MigrateAsync(db, CancellationToken.None);
        var json = new JsonSerializerOptions(services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions)
        {
            WriteIndented = true,
        };

        var errors = new ValidationErrors();
        errors.Add(await services.GetRequiredService<IValidator<ReportRequest>>().ValidateAsync(request));
        if (!errors.IsEmpty)
        {
            await Console.Error.WriteLineAsync(JsonSerializer.Serialize(new { title = "The report has invalid fields.", errors = errors.ToDictionary() }, json));
            return 1;
        }

        var http = new DefaultHttpContext
        {
            RequestServices = services,
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, AuditTrail.CommandLineActor())], "command-line")),
        };
        http.Response.Body = new MemoryStream();
        var store = services.GetRequiredService<ReportStore>();
        if (dryRun)
        {
            var source = request.SourceId is { } id ? await db.Set<Source>().FindAsync(id) : null;
            if (request.SourceId is not null && source is null)
            {
                await Console.Error.WriteLineAsync($"Source {request.SourceId} does not exist.");
                return 1;
            }

            var publishedOn = request.Source?.PublishedOn ?? source?.PublishedOn ?? DateOnly.FromDateTime(DateTime.UtcNow);
            var drafts = await store.ReadAsync(text, publishedOn, request.Language ?? request.Source?.Language ?? source?.Language, request.SourceId,
                CancellationToken.None);
            Console.WriteLine(JsonSerializer.Serialize(new { drafts }, json));
            return 0;
        }

        var posting = await store.PostAsync(request, http, CancellationToken.None);
        if (posting.Refusal is not null)
        {
            await posting.Refusal.ExecuteAsync(http);
            await Console.Error.WriteLineAsync(Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray()));
            return 1;
        }

        Console.WriteLine(JsonSerializer.Serialize(posting.Report, json));
        return 0;
    }

    private static ReportRequest? Request(Dictionary<string, string> values, string text)
    {
        long? sourceId = null;
        if (values.TryGetValue("--source-id", out var idText))
        {
            if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return null;
            }

            sourceId = id;
        }

        DateOnly? publishedOn = null;
        if (values.TryGetValue("--published-on", out var dateText))
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return null;
            }

            publishedOn = date;
        }

        SourceKind? kind = null;
        if (values.TryGetValue("--kind", out var kindText))
        {
            if (!Enum.TryParse<SourceKind>(kindText, ignoreCase: false, out var parsed) && !Enum.TryParse(char.ToUpperInvariant(kindText[0]) + kindText[1..], out parsed))
            {
                return null;
            }

            kind = parsed;
        }

        SourceReliability? reliability = null;
        if (values.TryGetValue("--reliability", out var gradeText))
        {
            if (!Enum.TryParse<SourceReliability>(gradeText, ignoreCase: false, out var grade))
            {
                return null;
            }

            reliability = grade;
        }

        var hasSourceFields = values.Keys.Any(key => key is "--source-title" or "--publisher" or "--url" or "--kind" or "--reliability");
        return new ReportRequest
        {
            SourceId = sourceId,
            Source = hasSourceFields || sourceId is null
                ? new SourceRequest
                {
                    Title = values.GetValueOrDefault("--source-title"),
                    Publisher = values.GetValueOrDefault("--publisher"),
                    Url = values.GetValueOrDefault("--url"),
                    Language = values.GetValueOrDefault("--language"),
                    PublishedOn = publishedOn,
                    Kind = kind,
                    Reliability = reliability,
                }
                : null,
            Text = text,
            Language = values.GetValueOrDefault("--language"),
        };
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
