using Microsoft.AspNetCore.Http.HttpResults;

namespace OpsTracker.Api.RecordEngine.Endpoints;

/// <summary>Why a write was refused: invalid fields (400) or a clash with stored records (409).</summary>
public readonly struct WriteRefusal
{
    private readonly ValidationProblem? _invalid;
    private readonly ProblemHttpResult? _conflict;

    public WriteRefusal(ValidationProblem invalid) => _invalid = invalid;

    public WriteRefusal(ProblemHttpResult conflict) => _conflict = conflict;

    public T Match<T>(Func<ValidationProblem, T> invalid, Func<ProblemHttpResult, T> conflict) =>
        _invalid is not null ? invalid(_invalid) : conflict(_conflict!);
}
