using Microsoft.AspNetCore.Http.HttpResults;
using OpsTracker.Api.Infrastructure.Errors;
using OpsTracker.Api.Infrastructure.Validation;

namespace OpsTracker.Api.Features.Imports;

/// <summary>How an import ended: a report of what was written, or the errors that kept anything from being written.</summary>
public sealed class ImportOutcome
{
    private ImportOutcome(ImportReport? report, ValidationErrors? errors, string? detail, long errorCount, long failedRows)
    {
        Report = report;
        Errors = errors;
        Detail = detail;
        ErrorCount = errorCount;
        FailedRows = failedRows;
    }

    public ImportReport? Report { get; }
    public ValidationErrors? Errors { get; }
    public string? Detail { get; }
    public long ErrorCount { get; }
    public long FailedRows { get; }

    public bool Succeeded => Report is not null;

    public static ImportOutcome Success(ImportReport report) => new(report, null, null, 0, 0);

    public static ImportOutcome InvalidRows(ImportErrors errors, long rows)
    {
        var detail = $"{errors.FailedRows} of {rows} records have errors, so nothing was imported.";
        if (errors.Count > ImportErrors.Limit)
        {
            detail += $" The first {ImportErrors.Limit} of {errors.Count} errors are listed.";
        }

        return new(null, errors.Shown, detail, errors.Count, errors.FailedRows);
    }

    public static ImportOutcome Malformed(ImportFileException exception) => new(
        null, ValidationErrors.For(exception.Key, exception.Message),
        $"The file cannot be read past {exception.Key.Split(':')[0]}, so nothing was imported.", 1, 0);

    /// <summary>The extensions of the 400 answer: how many errors there are in all (the list stops at <see cref="ImportErrors.Limit"/>).</summary>
    public Dictionary<string, object?> Extensions() => new()
    {
        ["errorCount"] = ErrorCount,
        ["errorLimit"] = ImportErrors.Limit,
    };

    public ValidationProblem ToProblem() => Problems.Validation(Errors!, Detail!, Extensions());
}
