using System.Buffers;
using System.Text.Unicode;

namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// A JSON import body, checked to be UTF-8 as it is read: the JSON reader would otherwise pass bytes that are not
/// UTF-8 through inside strings, and the import would store them replaced. A byte that is not UTF-8, or a sequence
/// the body ends in the middle of, stops the import at its line, as it does a CSV or NDJSON file (see
/// <see cref="ImportText"/>).
/// </summary>
/// <remarks>
/// The JSON reader is handed whole sequences only: the (at most three) bytes of a sequence cut by the end of a read
/// are held back and handed on with the next one, so a body cut short inside a character is told as that, not as JSON
/// that does not parse.
/// </remarks>
public sealed class Utf8CheckingStream(LineCountingStream inner) : Stream
{
    private readonly byte[] _held = new byte[4];
    private int _heldLength;
    private char[] _chars = [];

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (true)
        {
            var held = TakeHeld(buffer);
            var read = inner.Read(buffer[held..]);
            if (Check(buffer, held, read) is { } whole)
            {
                return whole;
            }
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var held = TakeHeld(buffer.Span);
            var read = await inner.ReadAsync(buffer[held..], cancellationToken);
            if (Check(buffer.Span, held, read) is { } whole)
            {
                return whole;
            }
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Puts the bytes held back from the last read at the start of <paramref name="buffer"/>.</summary>
    private int TakeHeld(Span<byte> buffer)
    {
        if (buffer.Length <= _heldLength)
        {
            throw new ArgumentException("A read must have room for more than a cut UTF-8 sequence.", nameof(buffer));
        }

        var held = _heldLength;
        _held.AsSpan(0, held).CopyTo(buffer);
        _heldLength = 0;
        return held;
    }

    /// <summary>
    /// How many bytes of <paramref name="buffer"/> (<paramref name="held"/> held back, then <paramref name="read"/>
    /// new ones) to hand on: all but a cut sequence at the end, which is held back; null when that leaves none (read
    /// again). Throws at the line of a byte that is not UTF-8.
    /// </summary>
    private int? Check(Span<byte> buffer, int held, int read)
    {
        var bytes = buffer[..(held + read)];
        if (read == 0)
        {
            return held == 0 ? 0 : throw NotUtf8(inner.LastLine);
        }

        if (_chars.Length < bytes.Length)
        {
            _chars = new char[bytes.Length];
        }

        var status = Utf8.ToUtf16(bytes, _chars, out var valid, out _, replaceInvalidSequences: false, isFinalBlock: false);
        switch (status)
        {
            case OperationStatus.InvalidData:
                // The line counter has seen the new bytes only, after the held ones.
                throw NotUtf8(inner.LineAt(valid - held) ?? inner.LastLine);
            case OperationStatus.NeedMoreData:
                bytes[valid..].CopyTo(_held);
                _heldLength = bytes.Length - valid;
                return valid == 0 ? null : valid;
            default:
                return bytes.Length;
        }
    }

    private static ImportFileException NotUtf8(long line) => new($"line {line}", ImportText.NotUtf8);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => inner.Position - _heldLength;
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
