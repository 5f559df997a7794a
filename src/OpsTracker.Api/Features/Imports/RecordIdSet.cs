namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// A set of record ids as one bit per id: the records an import has already inserted or updated. It grows with the
/// largest id (125 KB per million), not with the file, and ids are dense, so it stays far smaller than a hash set of
/// them.
/// </summary>
public sealed class RecordIdSet
{
    private ulong[] _bits = new ulong[1024];

    public bool Contains(long id) => id >= 0 && (id >> 6) < _bits.Length && (_bits[id >> 6] & (1UL << (int)(id & 63))) != 0;

    public void Add(long id)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        var word = id >> 6;
        if (word >= _bits.Length)
        {
            Array.Resize(ref _bits, (int)Math.Max(word + 1, _bits.Length * 2L));
        }

        _bits[word] |= 1UL << (int)(id & 63);
    }
}
