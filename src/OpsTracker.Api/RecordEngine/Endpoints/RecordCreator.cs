using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Errors;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Definitions;

namespace OpsTracker.Api.RecordEngine.Endpoints;

/// <summary>
/// Creates a record of a kind named by its path from a JSON body, exactly as a POST of that kind would (the same
/// binding, validation, references, unique fields and audit entry), for features that write records of a kind they
/// only know by name (a report's draft, accepted). Field names in a refusal are prefixed with <c>fieldPrefix</c>.
/// </summary>
public sealed class RecordCreator(RecordKinds kinds, IOptions<JsonOptions> json)
{
    /// <summary>Whether <paramref name="path"/> is a record kind's route segment.</summary>
    public bool IsKind(string path) => kinds.All.Any(definition => definition.Path == path);

    public async Task<RecordCreation> CreateAsync(string path, JsonObject body, string fieldPrefix, HttpContext http, OpsTrackerDbContext db,
        CancellationToken cancellationToken)
    {
        var definition = kinds.All.Single(definition => definition.Path == path);
        var visitor = new Creation(body, fieldPrefix, http, db, json.Value.SerializerOptions, cancellationToken);
        definition.Accept(visitor);
        return await visitor.Result!;
    }

    private sealed class Creation(JsonObject body, string fieldPrefix, HttpContext http, OpsTrackerDbContext db, JsonSerializerOptions options,
        CancellationToken cancellationToken) : IResourceVisitor
    {
        public Task<RecordCreation>? Result { get; private set; }

        public void Visit<TEntity, TRequest, TResponse>(ResourceDefinition<TEntity, TRequest, TResponse> resource)
            where TEntity : RecordEntity, new()
            where TRequest : RecordRequest
            where TResponse : RecordResponse =>
            Result = CreateAsync(resource);

        private async Task<RecordCreation> CreateAsync<TEntity, TRequest, TResponse>(ResourceDefinition<TEntity, TRequest, TResponse> resource)
            where TEntity : RecordEntity, new()
            where TRequest : RecordRequest
            where TResponse : RecordResponse
        {
            TRequest request;
            try
            {
                request = body.Deserialize<TRequest>(options) ?? throw new JsonException("The record is null.");
            }
            catch (JsonException exception)
            {
                var (field, message) = JsonErrors.Describe(exception);
                return RecordCreation.Refused(Problems.Validation(ValidationErrors.For(Field(field), message)));
            }

            var validator = http.RequestServices.GetRequiredService<IValidator<TRequest>>();
            var result = await ResourceEndpoints.CreateAsync(resource, request, http, db, validator, cancellationToken);
            return result.Result switch
            {
                Created<TResponse> created => RecordCreation.Made(created.Value!.Id, created.Location!, created.Value),
                ValidationProblem invalid => RecordCreation.Refused(Prefixed(invalid)),
                var refusal => RecordCreation.Refused(refusal),
            };
        }

        private ValidationProblem Prefixed(ValidationProblem invalid)
        {
            var errors = new ValidationErrors();
            foreach (var (field, messages) in invalid.ProblemDetails.Errors)
            {
                foreach (var message in messages)
                {
                    errors.Add(Field(field), message);
                }
            }

            return Problems.Validation(errors);
        }

        private string Field(string field) => field is "" or "body" ? fieldPrefix : FieldPath.Join(fieldPrefix, field);
    }
}
