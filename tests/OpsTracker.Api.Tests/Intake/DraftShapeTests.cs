using System.Text.Json;
using FluentValidation;
using OpsTracker.Api.Features.Arrests;
using OpsTracker.Api.Features.CampPopulations;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.DetaineeFigures;
using OpsTracker.Api.Features.Intake;
using OpsTracker.Api.Features.Intake.Evaluation;
using OpsTracker.Api.Features.Intake.Extraction;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Infrastructure.Json;

namespace OpsTracker.Api.Tests.Intake;

/// <summary>
/// Every draft of the evaluation set: its quotes are exact passages of the text, and its record is the body a POST of
/// its kind takes (strict JSON binding, the kind's validator) once a source is cited and the fields it reports missing
/// are filled.
/// </summary>
public sealed class DraftShapeTests
{
    private static readonly EvaluationSet Set = EvaluationSet.Load(EvaluationSet.Locate(null));
    private static readonly JsonSerializerOptions Json = CreateJson();

    public static TheoryData<string> Reports() => new(Set.Cases.Select(report => report.File));

    [Theory]
    [MemberData(nameof(Reports))]
    public void Quotes_are_exact_passages_with_their_offsets(string file)
    {
        var report = Set.Cases.Single(candidate => candidate.File == file);

        foreach (var draft in Extract(report))
        {
            Assert.NotEmpty(draft.Quotes);
            Assert.All(draft.Quotes, quote => Assert.Equal(quote.Text, report.Text.Substring(quote.Start, quote.End - quote.Start)));
            Assert.InRange(draft.Confidence, 0, 1);
            Assert.All(draft.Unresolved, name => Assert.Equal(name.Text, report.Text[name.Start..name.End]));
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Records_of_the_existing_kinds_bind_and_validate_as_their_post_bodies(string file)
    {
        var report = Set.Cases.Single(candidate => candidate.File == file);

        foreach (var draft in Extract(report))
        {
            var body = draft.Record.ToRequestBody(draft.Kind, [1]);
            foreach (var missing in draft.Missing)
            {
                body[missing] = missing switch
                {
                    "campIds" => new System.Text.Json.Nodes.JsonArray(1),
                    "country" => "SY",
                    _ => "filled by the analyst",
                };
            }

            var json = body.ToJsonString();
            switch (draft.Kind)
            {
                case DraftKinds.Operations:
                    AssertValid(json, new OperationRequestValidator());
                    break;
                case DraftKinds.Casualties:
                    AssertValid(json, new CasualtyRequestValidator());
                    break;
                case DraftKinds.Arrests:
                    AssertValid(json, new ArrestRequestValidator());
                    break;
                case DraftKinds.DetaineeFigures:
                    AssertValid(json, new DetaineeFigureRequestValidator());
                    break;
                case DraftKinds.CampPopulations:
                    AssertValid(json, new CampPopulationFigureRequestValidator());
                    break;
                default:
                    // Strength estimates and transfers are kinds still being added: their bodies follow the issues' field lists.
                    Assert.True(body.ContainsKey("count"));
                    break;
            }
        }
    }

    private static IReadOnlyList<Draft> Extract(EvaluationCase report) =>
        new ReportExtractor(Set.Gazetteer).Extract(report.Text, report.PublishedOn, report.Language);

    private static void AssertValid<T>(string json, AbstractValidator<T> validator)
    {
        var request = JsonSerializer.Deserialize<T>(json, Json)!;
        var result = validator.Validate(request);
        Assert.True(result.IsValid, $"{json}: {string.Join("; ", result.Errors)}");
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions();
        JsonSetup.Apply(options);
        return options;
    }
}
