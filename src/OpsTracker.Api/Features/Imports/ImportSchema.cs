using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Exports;

namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// What an import of one resource reads, derived from what the resource already declares: the request's JSON
/// contract (its fields, and as CSV columns the export's names), its references (from the definition's
/// <see cref="ReferenceCheck"/>s, each with an externalId twin) and its required fields (those its validator
/// refuses on an empty request).
/// </summary>
public sealed class ImportSchema<TRequest>
    where TRequest : RecordRequest
{
    public ImportSchema(string resourcePath, Func<TRequest, IEnumerable<ReferenceCheck>> references, IValidator<TRequest> validator,
        JsonSerializerOptions options)
    {
        ResourcePath = resourcePath;
        Options = options;
        RequestType = options.GetTypeInfo(typeof(TRequest));
        var blank = NewRequest();
        Fields = CsvFormat.FieldsOf(typeof(TRequest), options);
        References = references(blank)
            .Where(check => check.HasExternalIdTwin)
            .Select(check => new ImportReference(check, RequestType.Properties.Single(p => p.Name == check.Field)))
            .ToList();
        RequiredFields = Infrastructure.Validation.RequiredFields.Of(validator, blank).ToList();
    }

    /// <summary>The resource's route segment: "casualties".</summary>
    public string ResourcePath { get; }

    public JsonSerializerOptions Options { get; }

    public JsonTypeInfo RequestType { get; }

    /// <summary>The request's fields as CSV columns, named as the export names them (<c>count.best</c>).</summary>
    public IReadOnlyList<CsvField> Fields { get; }

    public IReadOnlyList<ImportReference> References { get; }

    /// <summary>Fields a record cannot leave out (<c>sourceIds</c>, <c>count</c>, <c>startDate</c>): a CSV header must have a column for each.</summary>
    public IReadOnlyList<string> RequiredFields { get; }

    /// <summary>
    /// The column that may stand in for a required field's: a report record cites its sources in <c>sourceIds</c> or
    /// in <c>citations</c> (a JSON array of citations), so either column answers for <c>sourceIds</c>.
    /// </summary>
    public string? AlternativeColumnOf(string requiredField) =>
        requiredField == "sourceIds" && typeof(CitingRecordRequest).IsAssignableFrom(typeof(TRequest)) ? "citations" : null;

    /// <summary>
    /// Columns of the export that the server sets (a record's status is derived from its citations); accepted and
    /// ignored, so an export can be loaded back as it is.
    /// </summary>
    public static IReadOnlyList<string> ServerColumns { get; } = ["id", "status", "createdAt", "updatedAt"];

    /// <summary>Every column a CSV header may have, for messages.</summary>
    public IEnumerable<string> ColumnNames =>
        Fields.Select(column => column.Header).Concat(References.Select(reference => reference.ExternalIdField));

    public TRequest NewRequest() => (TRequest)RequestType.CreateObject!();
}
