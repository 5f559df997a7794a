using OpsTracker.Api.Infrastructure.Validation;

namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// The errors of one import, keyed by place and field ("line 12: count.best"). Every error is counted; the first
/// <see cref="Limit"/> are kept for the answer, so a file that is wrong on every row cannot fill memory.
/// </summary>
public sealed class ImportErrors(string positionName)
{
    public const int Limit = 100;

    private int _shown;

    public ValidationErrors Shown { get; } = new();

    /// <summary>What a row is called in this import's messages: "line" (CSV, NDJSON) or "item" (a JSON array).</summary>
    public string PositionName => positionName;

    /// <summary>Every error found, shown or not.</summary>
    public long Count { get; private set; }

    /// <summary>Rows with at least one error.</summary>
    public long FailedRows { get; private set; }

    public bool IsEmpty => Count == 0;

    /// <summary>The errors of one row; a field of "" is the row as a whole.</summary>
    public void AddRow(int number, IEnumerable<(string Field, string Message)> errors)
    {
        var any = false;
        foreach (var (field, message) in errors)
        {
            any = true;
            Count++;
            if (_shown < Limit)
            {
                _shown++;
                Shown.Add(Key(number, field), message);
            }
        }

        if (any)
        {
            FailedRows++;
        }
    }

    public void AddRow(int number, string field, string message) => AddRow(number, [(field, message)]);

    /// <summary>"line 12" or "item 3", the place a reader names a record by.</summary>
    public string Place(int number) => $"{positionName} {number}";

    private string Key(int number, string field) => field.Length == 0 ? Place(number) : $"{Place(number)}: {field}";
}
