namespace OpsTracker.Api.RecordEngine.Reading;

/// <summary>
/// Records of an export, or of a list's page, held until their lists are read: in the export's or page's order, and by
/// id so that each link row finds its records whatever order the list is sorted in.
/// </summary>
public sealed class RecordChunk<TResponse>(int capacity, Func<TResponse, long> idOf)
{
    private readonly List<TResponse> _rows = new(capacity);
    private long[] _sortedIds = new long[capacity];
    private int[] _positions = new int[capacity];
    private readonly List<long> _ids = new(capacity);

    public IReadOnlyList<TResponse> Rows => _rows;

    /// <summary>The chunk's record ids, each once, ascending.</summary>
    public List<long> Ids => _ids;

    public bool IsFull => _rows.Count >= capacity;

    public void Add(TResponse row) => _rows.Add(row);

    /// <summary>Sorts the ids, once every record of the chunk is in.</summary>
    public void Seal()
    {
        var count = _rows.Count;
        if (_sortedIds.Length < count)
        {
            _sortedIds = new long[count];
            _positions = new int[count];
        }

        for (var i = 0; i < count; i++)
        {
            _sortedIds[i] = idOf(_rows[i]);
            _positions[i] = i;
        }

        Array.Sort(_sortedIds, _positions, 0, count);
        _ids.Clear();
        for (var i = 0; i < count; i++)
        {
            if (i == 0 || _sortedIds[i] != _sortedIds[i - 1])
            {
                _ids.Add(_sortedIds[i]);
            }
        }
    }

    /// <summary>Adds <paramref name="value"/> to the list of each record of the chunk with id <paramref name="ownerId"/>.</summary>
    public void AddLink<TValue>(long ownerId, TValue value, Func<TResponse, List<TValue>> listOf)
    {
        var count = _rows.Count;
        var index = LowerBound(ownerId, count);
        for (; index < count && _sortedIds[index] == ownerId; index++)
        {
            listOf(_rows[_positions[index]]).Add(value);
        }
    }

    public void Clear() => _rows.Clear();

    private int LowerBound(long id, int count)
    {
        var low = 0;
        var high = count;
        while (low < high)
        {
            var middle = low + ((high - low) >> 1);
            if (_sortedIds[middle] < id)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
