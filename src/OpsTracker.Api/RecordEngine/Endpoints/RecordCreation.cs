namespace OpsTracker.Api.RecordEngine.Endpoints;

/// <summary>What <see cref="RecordCreator"/> did: the record it made (its id, where it is, its body), or the answer that refused it.</summary>
public sealed class RecordCreation
{
    private RecordCreation(long? id, string? location, object? response, IResult? refusal)
    {
        Id = id;
        Location = location;
        Response = response;
        Refusal = refusal;
    }

    public long? Id { get; }
    public string? Location { get; }
    public object? Response { get; }

    /// <summary>The 400 or 409 problem that refused the record, or null when it was made.</summary>
    public IResult? Refusal { get; }

    public static RecordCreation Made(long id, string location, object response) => new(id, location, response, null);

    public static RecordCreation Refused(IResult refusal) => new(null, null, null, refusal);
}
