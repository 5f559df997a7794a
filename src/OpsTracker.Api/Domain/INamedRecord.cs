namespace OpsTracker.Api.Domain;

/// <summary>
/// A record that others refer to by name (camps, forces). A <c>q</c> search finds the records that refer to it
/// through its names and aliases only, kept normalized in <see cref="NamesText"/>: its notes or region describe the
/// camp or force, not the records placed in it or conducted by it.
/// </summary>
public interface INamedRecord
{
    string NamesText { get; set; }

    IEnumerable<string?> NameFields();
}
