namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// An import body that counts the line feeds of the bytes read through it and keeps the last block read. A byte
/// 0x0A is a line feed wherever it is in UTF-8 (no multi-byte sequence contains it), so when the decoder refuses a
/// byte of that block, the line it sits on is known exactly, not only the line where the block began.
/// </summary>
public sealed class LineCountingStream(Stream inner) : Stream
{
    private byte[] _block = [];
    private int _blockLength;
    private long _blockStart;
    private long _lineFeedsBeforeBlock;
    private long _lineFeedsThroughBlock;

    /// <summary>
    /// The 1-based line of the byte at <paramref name="offset"/> in the last block read (a decoder's index of a bad
    /// byte), or null when the offset is not in that block.
    /// </summary>
    public long? LineAt(int offset)
    {
        if (offset < 0 || offset >= _blockLength)
        {
            return null;
        }

        return 1 + _lineFeedsBeforeBlock + _block.AsSpan(0, offset).Count((byte)'\n');
    }

    /// <summary>The 1-based line the bytes read so far end on.</summary>
    public long LastLine => 1 + _lineFeedsThroughBlock;

    /// <summary>True while the last block read is the body's first and begins with <paramref name="prefix"/>.</summary>
    public bool FirstBlockStartsWith(ReadOnlySpan<byte> prefix) => _blockStart == 0 && _block.AsSpan(0, _blockLength).StartsWith(prefix);

    public override int Read(byte[] buffer, int offset, int count) => Record(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

    public override int Read(Span<byte> buffer) => Record(buffer[..inner.Read(buffer)]);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        return Record(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Record(ReadOnlySpan<byte> block)
    {
        _blockStart += _blockLength;
        _lineFeedsBeforeBlock = _lineFeedsThroughBlock;
        if (_block.Length < block.Length)
        {
            _block = new byte[block.Length];
        }

        block.CopyTo(_block);
        _blockLength = block.Length;
        _lineFeedsThroughBlock += block.Count((byte)'\n');
        return block.Length;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _blockStart + _blockLength;
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
