using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Unicode;

namespace OpsTracker.Api.RecordEngine.Exports;

/// <summary>
/// Writes CSV fields as UTF-8 into a buffer of its own, values formatted in place (no string per value), and hands
/// the buffer to a <see cref="PipeWriter"/> when asked. Each method writes the text <see cref="CsvFormat.FormatValue"/>
/// gives for the same value, with RFC 4180 quoting (a field is quoted when it holds a comma, quote, line break or edge
/// space).
/// </summary>
public sealed class CsvUtf8Writer : IDisposable
{
    private const int InitialSize = 128 * 1024;

    /// <summary>The longest any number, date or timestamp written here can be in UTF-8.</summary>
    private const int MaxFormattedLength = 64;

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _length;

    /// <summary>Bytes written and not yet handed on.</summary>
    public int Length => _length;

    public void Comma() => Byte((byte)',');

    public void EndRow()
    {
        Ensure(2);
        _buffer[_length++] = (byte)'\r';
        _buffer[_length++] = (byte)'\n';
    }

    /// <summary>A text field: empty for null or "", quoted when it holds a comma, quote, line break or edge space.</summary>
    public void Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var chars = value.AsSpan();
        if (chars.IndexOfAny(NeedsQuotes) < 0 && value[0] != ' ' && value[^1] != ' ')
        {
            Utf16(chars);
            return;
        }

        Byte((byte)'"');
        int quote;
        while ((quote = chars.IndexOf('"')) >= 0)
        {
            Utf16(chars[..(quote + 1)]);
            Byte((byte)'"');
            chars = chars[(quote + 1)..];
        }

        Utf16(chars);
        Byte((byte)'"');
    }

    /// <summary>Bytes written as they are: a field already formatted and quoted.</summary>
    public void Raw(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    public void Int64(long value) => Formatted(value, default);

    public void Int32(int value) => Formatted(value, default);

    public void Double(double value) => Formatted(value, "R");

    public void Boolean(bool value) => Raw(value ? "true"u8 : "false"u8);

    /// <summary>yyyy-MM-dd, digit by digit: DateOnly's custom-format path costs more than the rest of the row's dates.</summary>
    public void Date(DateOnly value)
    {
        Ensure(10);
        var span = _buffer.AsSpan(_length, 10);
        var (year, month, day) = value;
        span[0] = (byte)('0' + (year / 1000));
        span[1] = (byte)('0' + (year / 100 % 10));
        span[2] = (byte)('0' + (year / 10 % 10));
        span[3] = (byte)('0' + (year % 10));
        span[4] = (byte)'-';
        span[5] = (byte)('0' + (month / 10));
        span[6] = (byte)('0' + (month % 10));
        span[7] = (byte)'-';
        span[8] = (byte)('0' + (day / 10));
        span[9] = (byte)('0' + (day % 10));
        _length += 10;
    }

    public void Timestamp(DateTime value) => Formatted(value.ToUniversalTime(), "O");

    /// <summary>A list of numbers: items joined with ';' (no number holds ';', '\' or anything CSV quotes).</summary>
    public void Int64List(List<long>? values)
    {
        if (values is null)
        {
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                Byte((byte)CsvFormat.ListSeparator);
            }

            Int64(values[i]);
        }
    }

    /// <summary>A list of text: items joined with ';', a ';' or '\' inside an item escaped with '\', then quoted as one field.</summary>
    public void TextList(List<string>? values) => Text(CsvFormat.FormatValue(values));

    /// <summary>Hands what is written to <paramref name="pipe"/> and sends it on.</summary>
    public async ValueTask FlushToAsync(PipeWriter pipe, CancellationToken cancellationToken)
    {
        pipe.Write(_buffer.AsSpan(0, _length));
        _length = 0;
        await pipe.FlushAsync(cancellationToken);
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Formatted<T>(T value, ReadOnlySpan<char> format)
        where T : IUtf8SpanFormattable
    {
        Ensure(MaxFormattedLength);
        if (!value.TryFormat(_buffer.AsSpan(_length), out var written, format, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"A {typeof(T).Name} did not fit in {MaxFormattedLength} bytes.");
        }

        _length += written;
    }

    private void Utf16(ReadOnlySpan<char> chars)
    {
        Ensure(Encoding.UTF8.GetMaxByteCount(chars.Length));

        // Invalid UTF-16 (a lone surrogate) becomes U+FFFD, as the UTF8Encoding of a StreamWriter writes it.
        Utf8.FromUtf16(chars, _buffer.AsSpan(_length), out _, out var written, replaceInvalidSequences: true);
        _length += written;
    }

    private void Byte(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
    }

    private void Ensure(int bytes)
    {
        if (_buffer.Length - _length >= bytes)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + bytes));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
