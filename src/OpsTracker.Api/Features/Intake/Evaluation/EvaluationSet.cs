using System.Text.Json;
using System.Text.Json.Serialization;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Intake.Extraction;
using OpsTracker.Api.Infrastructure.Json;

namespace OpsTracker.Api.Features.Intake.Evaluation;

/// <summary>
/// The evaluation set of report intake, loaded from its folder: expected.json (reports and the records an analyst makes
/// from them), gazetteer.json (the names they are matched against) and the report texts.
/// </summary>
public sealed class EvaluationSet
{
    /// <summary>Where the set lives in the repository, from its root.</summary>
    public const string DefaultFolder = "tests/OpsTracker.Api.Tests/Intake/Evaluation";

    private static readonly JsonSerializerOptions Json = CreateOptions();

    public required IReadOnlyList<EvaluationCase> Cases { get; init; }
    public required Gazetteer Gazetteer { get; init; }

    public static EvaluationSet Load(string folder)
    {
        var expected = JsonSerializer.Deserialize<ExpectedFile>(File.ReadAllText(Path.Combine(folder, "expected.json")), Json)
            ?? throw new InvalidDataException("expected.json is empty.");
        foreach (var report in expected.Reports)
        {
            report.Text = File.ReadAllText(Path.Combine(folder, report.File));
            foreach (var record in report.Records.Where(record => record.Quote is not null && !report.Text.Contains(record.Quote, StringComparison.Ordinal)))
            {
                throw new InvalidDataException($"{report.File}: the quote \"{record.Quote}\" is not in the text.");
            }
        }

        var gazetteer = JsonSerializer.Deserialize<GazetteerFile>(File.ReadAllText(Path.Combine(folder, "gazetteer.json")), Json)
            ?? throw new InvalidDataException("gazetteer.json is empty.");
        return new EvaluationSet { Cases = expected.Reports, Gazetteer = new Gazetteer(gazetteer.Entries()) };
    }

    /// <summary>The set's folder: <paramref name="folder"/> if given, else the default one found from the working directory or the program's.</summary>
    public static string Locate(string? folder)
    {
        if (folder is not null)
        {
            return Path.GetFullPath(folder);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, DefaultFolder);
                if (File.Exists(Path.Combine(candidate, "expected.json")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException($"No evaluation set found: run from the repository or give its folder ({DefaultFolder}).");
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        JsonSetup.Apply(options);
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
        return options;
    }

    private sealed class ExpectedFile
    {
        public required List<EvaluationCase> Reports { get; init; }
    }

    private sealed class GazetteerFile
    {
        public List<NamedThing> Forces { get; init; } = [];
        public List<NamedThing> Camps { get; init; } = [];
        public List<NamedThing> Persons { get; init; } = [];

        public IEnumerable<GazetteerEntry> Entries() =>
            Forces.Select(force => force.Entry(GazetteerEntryType.Force))
                .Concat(Camps.Select(camp => camp.Entry(GazetteerEntryType.Camp)))
                .Concat(Persons.Select(person => person.Entry(GazetteerEntryType.Person)));
    }

    private sealed class NamedThing
    {
        public long Id { get; init; }
        public required string Name { get; init; }
        public string? Acronym { get; init; }
        public List<string> Aliases { get; init; } = [];
        public ForceKind? Kind { get; init; }
        public string? Country { get; init; }
        public string? Region { get; init; }

        public GazetteerEntry Entry(GazetteerEntryType type) =>
            new(Id, type, Name, Acronym is null ? Aliases : [Acronym, .. Aliases]) { ForceKind = Kind, Country = Country, Region = Region };
    }
}
