namespace OpsTracker.Api.Features.Persons;

/// <summary>
/// A rank or post a source gives a person at a time ("الجنرال", commander of CENTCOM): one claim, cited by the sources
/// that make it (<see cref="Person.RoleCitations"/>).
/// </summary>
public sealed class PersonRole
{
    public long PersonId { get; set; }

    /// <summary>The role's place in the person's list, from 0; its citations name it by this.</summary>
    public int Position { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The force the post is in, or the person commands.</summary>
    public long? ForceId { get; set; }

    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}
