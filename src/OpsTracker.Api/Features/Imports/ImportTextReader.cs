using System.Text;

namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// The text of an import body (see <see cref="ImportText"/>), which can name the line of a byte that is not UTF-8.
/// It wraps a StreamReader rather than deriving from one: StreamReader runs its async reads synchronously in a
/// derived type, and a request body refuses synchronous reads.
/// </summary>
public sealed class ImportTextReader(LineCountingStream bytes, Encoding encoding, int bufferSize) : TextReader
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private readonly StreamReader _text = new(bytes, encoding, detectEncodingFromByteOrderMarks: false, bufferSize, leaveOpen: true);

    /// <summary>
    /// The 1-based line of the bytes the decoder refused, or <paramref name="fallback"/> when it cannot tell (a
    /// sequence cut between two blocks). The decoder counts from after a leading byte order mark.
    /// </summary>
    public long LineOf(DecoderFallbackException exception, long fallback)
    {
        var skipped = bytes.FirstBlockStartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
        return bytes.LineAt(exception.Index + skipped) ?? fallback;
    }

    public override int Peek() => _text.Peek();

    public override int Read() => _text.Read();

    public override int Read(char[] buffer, int index, int count) => _text.Read(buffer, index, count);

    public override int Read(Span<char> buffer) => _text.Read(buffer);

    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
        _text.ReadAsync(buffer, cancellationToken);

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => _text.ReadAsync(buffer, index, count);

    public override string? ReadLine() => _text.ReadLine();

    public override Task<string?> ReadLineAsync() => _text.ReadLineAsync();

    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => _text.ReadLineAsync(cancellationToken);

    public override string ReadToEnd() => _text.ReadToEnd();

    public override Task<string> ReadToEndAsync() => _text.ReadToEndAsync();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _text.Dispose();
        }

        base.Dispose(disposing);
    }
}
