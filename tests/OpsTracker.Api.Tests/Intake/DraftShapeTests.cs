using System.Text.Json;
using FluentValidation;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Intake;
using OpsTracker.Api.Features.Intake.Evaluation;
using OpsTracker.Api.Features.Intake.Extraction;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Infrastructure.Json;
using OpsTracker.Api.RecordEngine.Definitions;

namespace OpsTracker.Api.Tests.Intake;

/// <summary>
/// Every draft of the evaluation set: its quotes are exact passages of the text, and its record is the body a POST of
/// its kind takes (strict JSON binding, the validator of the kind's request, found from its definition) once a source is
/// cited and the fields it reports missing are filled.
/// </summary>
public sealed class DraftShapeTests
{
    private static readonly EvaluationSet Set = EvaluationSet.Load(EvaluationSet.Locate(null));
    private static readonly JsonSerializerOptions Json = CreateJson();
    private static readonly IReadOnlyList<IResourceDefinition> Kinds = ResourceRegistration.Definitions();

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
    public void Records_bind_and_validate_as_their_kinds_post_bodies(string file)
    {
        var report = Set.Cases.Single(candidate => candidate.File == file);

        foreach (var draft in Extract(report))
        {
            var body = draft.RecordBody(1);
            foreach (var missing in draft.Missing)
            {
                body[missing] = missing switch
                {
                    "campIds" or "fromCampIds" => new System.Text.Json.Nodes.JsonArray(1),
                    "forceId" => 1,
                    "country" => "SY",
                    "countries" => new System.Text.Json.Nodes.JsonArray("SY"),
                    _ => "filled by the analyst",
                };
            }

            var json = body.ToJsonString();
            var definition = Kinds.SingleOrDefault(kind => kind.Path == draft.Kind);
            Assert.True(definition is not null, $"A draft of kind {draft.Kind}, which the API does not store.");
            definition!.Accept(new PostBodyCheck(json));
        }
    }

    private static IReadOnlyList<Draft> Extract(EvaluationCase report) =>
        new ReportExtractor(Set.Gazetteer).Extract(report.Text, report.PublishedOn, report.Language);

    /// <summary>Binds the body as the kind's request, strictly, and runs the kind's validator on it.</summary>
    private sealed class PostBodyCheck(string json) : IResourceVisitor
    {
        public void Visit<TEntity, TRequest, TResponse>(ResourceDefinition<TEntity, TRequest, TResponse> resource)
            where TEntity : RecordEntity, new()
            where TRequest : RecordRequest
            where TResponse : RecordResponse
        {
            var validatorType = typeof(TRequest).Assembly.GetTypes()
                .Single(type => !type.IsAbstract && typeof(AbstractValidator<TRequest>).IsAssignableFrom(type));
            var validator = (IValidator<TRequest>)Activator.CreateInstance(validatorType)!;
            var result = validator.Validate(JsonSerializer.Deserialize<TRequest>(json, Json)!);
            Assert.True(result.IsValid, $"{resource.Path}: {json}: {string.Join("; ", result.Errors)}");
        }
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions();
        JsonSetup.Apply(options);
        return options;
    }
}
