namespace OpsTracker.Api.RecordEngine.Paging;

/// <summary>
/// How a list counts its matches (<c>count=</c> or <c>Prefer: count=</c>), and, in its answer, how it did: exact (a
/// count of every match), estimated (see docs/querying.md#counting) or none (no count at all, the cheapest page).
/// </summary>
public enum CountMode
{
    Exact,
    Estimated,
    None,
}
