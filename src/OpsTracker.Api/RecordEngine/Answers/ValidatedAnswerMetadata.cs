namespace OpsTracker.Api.RecordEngine.Answers;

/// <summary>
/// Marks an endpoint whose answer depends only on the request and the records (a list, an export): it answers with a
/// weak ETag of the data version, 304 to a matching If-None-Match, and from the response cache
/// (<see cref="AnswerValidation"/>). Every endpoint under <c>/api/v1/stats/</c> is treated so without the mark.
/// </summary>
public sealed class ValidatedAnswerMetadata
{
    public static readonly ValidatedAnswerMetadata Instance = new();

    private ValidatedAnswerMetadata()
    {
    }
}
