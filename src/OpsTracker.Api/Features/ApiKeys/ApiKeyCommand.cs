using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpsTracker.Api.Features.Audit;
using OpsTracker.Api.Infrastructure.Auth;
using OpsTracker.Api.Infrastructure.CommandLine;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Paging;

namespace OpsTracker.Api.Features.ApiKeys;

/// <summary>
/// <c>OpsTracker.Api keys create --name NAME --role reader|editor|admin</c>, <c>keys list</c> and
/// <c>keys revoke --id N</c>: key management against the configured database (migrated first), for the first set-up
/// before any admin key exists, or for a machine without the bootstrap key. The same work as the endpoints
/// (<see cref="ApiKeyStore"/>), with their JSON on stdout. Exits 0 when done, 1 when refused (invalid or taken name,
/// no such key), 2 for a wrong command line.
/// </summary>
public static class ApiKeyCommand
{
    private const string Usage = "Usage: keys create --name NAME --role reader|editor|admin | keys list | keys revoke --id N [--Setting:Key=value ...]";
    private static readonly string[] Options = ["--name", "--role", "--id"];

    public static bool IsKeys(string[] args) => CommandLineHost.IsCommand(args, "keys");

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var words = args.Skip(1).Where(arg => !IsSetting(arg)).ToList();
        if (words.Count == 0)
        {
            return Fail("Name a command: create, list or revoke.");
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < words.Count; i++)
        {
            var (option, value) = words[i].Split('=', 2) is [var name, var inline] ? (name, (string?)inline) : (words[i], null);
            if (!Options.Contains(option) || options.ContainsKey(option))
            {
                return Fail($"Unknown or repeated argument '{words[i]}'.");
            }

            if (value is null)
            {
                if (i + 1 >= words.Count)
                {
                    return Fail($"{option} needs a value.");
                }

                value = words[++i];
            }

            options[option] = value;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var json = new JsonSerializerOptions(app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions) { WriteIndented = true };
        var store = scope.ServiceProvider.GetRequiredService<ApiKeyStore>();
        return words[0] switch
        {
            "create" => await CreateAsync(scope.ServiceProvider, store, options, json),
            "list" => await ListAsync(scope.ServiceProvider, store, options, json),
            "revoke" => await RevokeAsync(scope.ServiceProvider, store, options),
            var other => Fail($"'{other}' is not a keys command: create, list or revoke."),
        };
    }

    private static async Task<int> CreateAsync(IServiceProvider services, ApiKeyStore store, Dictionary<string, string> options, JsonSerializerOptions json)
    {
        if (!options.TryGetValue("--name", out var name) || !options.TryGetValue("--role", out var roleText) || options.ContainsKey("--id"))
        {
            return Fail("keys create takes --name and --role.");
        }

        // Only the role names: Enum.TryParse alone would also take "2" or "Editor, Admin".
        if (!Enum.TryParse<ApiKeyRole>(roleText, ignoreCase: true, out var role) || !Enum.GetNames<ApiKeyRole>().Contains(roleText, StringComparer.OrdinalIgnoreCase))
        {
            return Fail($"'{roleText}' is not a role: reader, editor or admin.");
        }

        await MigrateAsync(services);
        var creation = await store.CreateAsync(new ApiKeyRequest { Name = name, Role = role }, AuditTrail.CommandLineActor(), CancellationToken.None);
        if (creation.Invalid is not null)
        {
            foreach (var (field, messages) in creation.Invalid.ToDictionary())
            {
                await Console.Error.WriteLineAsync($"{field}: {string.Join(" ", messages)}");
            }

            return 1;
        }

        if (creation.NameHeldBy is { } holder)
        {
            await Console.Error.WriteLineAsync($"Another API key (id {holder}) already has name '{name}'.");
            return 1;
        }

        Console.WriteLine(JsonSerializer.Serialize(creation.Created, json));
        await Console.Error.WriteLineAsync("Keep the key now: it is stored only as a hash and cannot be shown again.");
        return 0;
    }

    private static async Task<int> ListAsync(IServiceProvider services, ApiKeyStore store, Dictionary<string, string> options, JsonSerializerOptions json)
    {
        if (options.Count > 0)
        {
            return Fail("keys list takes no options.");
        }

        await MigrateAsync(services);
        var keys = new List<ApiKeyResponse>();
        for (var page = 1; ; page++)
        {
            var answer = await store.ListAsync(new PageQuery(page, PageQuery.MaxPageSize), CancellationToken.None);
            keys.AddRange(answer.Items);
            if (answer.Items.Count < PageQuery.MaxPageSize)
            {
                break;
            }
        }

        Console.WriteLine(JsonSerializer.Serialize(keys, json));
        return 0;
    }

    private static async Task<int> RevokeAsync(IServiceProvider services, ApiKeyStore store, Dictionary<string, string> options)
    {
        if (options.Count != 1 || !options.TryGetValue("--id", out var idText))
        {
            return Fail("keys revoke takes --id.");
        }

        if (!long.TryParse(idText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return Fail($"'{idText}' is not a key id.");
        }

        await MigrateAsync(services);
        if (!await store.RevokeAsync(id, AuditTrail.CommandLineActor(), CancellationToken.None))
        {
            await Console.Error.WriteLineAsync($"There is no API key with id {id}.");
            return 1;
        }

        Console.WriteLine($"Revoked API key {id}.");
        return 0;
    }

    private static Task MigrateAsync(IServiceProvider services) =>
        DatabaseSetup.MigrateAsync(services.GetRequiredService<OpsTrackerDbContext>());

    /// <summary>A host setting (<c>--Auth:AnonymousRead=false</c>), as opposed to one of the command's options (<c>--name=x</c>).</summary>
    private static bool IsSetting(string arg) => CommandLineHost.IsSetting(arg) && !Options.Contains(arg.Split('=', 2)[0]);

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
