using System.Text;

namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// Reads RFC 4180 records from text, a buffer at a time, so a file of any size is read in constant memory: fields
/// separated by commas, records by CRLF or LF, a field with a comma, quote or line break quoted, quotes inside it
/// doubled. Broken quoting stops the read with an <see cref="ImportFileException"/> naming the line.
/// </summary>
public sealed class CsvRecordReader(TextReader reader)
{
    private const int BufferSize = 1 << 16;

    private readonly char[] _buffer = new char[BufferSize];
    private readonly StringBuilder _field = new();
    private int _position;
    private int _length;
    private bool _endOfText;
    private int _line = 1;

    /// <summary>The 1-based line the record last read starts on.</summary>
    public int RecordLine { get; private set; }

    /// <summary>Reads the next record into <paramref name="fields"/>, skipping blank lines; false at the end of the text.</summary>
    public async ValueTask<bool> ReadAsync(List<string> fields, CancellationToken cancellationToken)
    {
        while (true)
        {
            fields.Clear();
            if (!await FillAsync(cancellationToken))
            {
                return false;
            }

            RecordLine = _line;
            while (true)
            {
                bool endOfRecord;
                if (!(HasData || await FillAsync(cancellationToken)))
                {
                    // A comma at the very end of the text still ends an (empty) last field.
                    fields.Add("");
                    endOfRecord = true;
                }
                else
                {
                    endOfRecord = _buffer[_position] == '"'
                        ? await ReadQuotedAsync(fields, cancellationToken)
                        : await ReadPlainAsync(fields, cancellationToken);
                }

                if (endOfRecord)
                {
                    break;
                }
            }

            // A blank line is no record (a file often ends with one).
            if (fields.Count > 1 || fields[0].Length > 0)
            {
                return true;
            }
        }
    }

    /// <summary>Reads an unquoted field and the separator after it; true when the record ends after it.</summary>
    private async ValueTask<bool> ReadPlainAsync(List<string> fields, CancellationToken cancellationToken)
    {
        _field.Clear();
        var partial = false;
        while (true)
        {
            var span = _buffer.AsSpan(_position, _length - _position);
            var stop = span.IndexOfAny(",\r\n\"");
            if (stop < 0)
            {
                _field.Append(span);
                partial = true;
                _position = _length;
                if (!await FillAsync(cancellationToken))
                {
                    fields.Add(_field.ToString());
                    return true;
                }

                continue;
            }

            if (span[stop] == '"')
            {
                throw new ImportFileException($"line {_line}",
                    "A quote (\") inside a field that does not start with one; a field with quotes must be quoted, its quotes doubled (RFC 4180).");
            }

            fields.Add(partial ? _field.Append(span[..stop]).ToString() : new string(span[..stop]));
            _position += stop;
            return await ReadSeparatorAsync(cancellationToken);
        }
    }

    /// <summary>Reads a quoted field and the separator after it; true when the record ends after it.</summary>
    private async ValueTask<bool> ReadQuotedAsync(List<string> fields, CancellationToken cancellationToken)
    {
        var startLine = _line;
        _field.Clear();
        _position++;
        while (true)
        {
            if (!await FillAsync(cancellationToken))
            {
                throw new ImportFileException($"line {startLine}", "A quoted field is not closed: the file ends inside it.");
            }

            var span = _buffer.AsSpan(_position, _length - _position);
            var quote = span.IndexOf('"');
            var text = quote < 0 ? span : span[..quote];
            _line += text.Count('\n');
            _field.Append(text);
            _position += text.Length;
            if (quote < 0)
            {
                continue;
            }

            _position++;
            if ((HasData || await FillAsync(cancellationToken)) && _buffer[_position] == '"')
            {
                _field.Append('"');
                _position++;
                continue;
            }

            fields.Add(_field.ToString());
            if (!(HasData || await FillAsync(cancellationToken)))
            {
                return true;
            }

            if (_buffer[_position] is not (',' or '\r' or '\n'))
            {
                throw new ImportFileException($"line {_line}",
                    "Text after the closing quote of a quoted field; a quote inside a quoted field must be doubled (\"\").");
            }

            return await ReadSeparatorAsync(cancellationToken);
        }
    }

    /// <summary>Consumes the comma or line break at the current position; true for a line break (or the end of the text).</summary>
    private async ValueTask<bool> ReadSeparatorAsync(CancellationToken cancellationToken)
    {
        if (!(HasData || await FillAsync(cancellationToken)))
        {
            return true;
        }

        var separator = _buffer[_position++];
        if (separator == ',')
        {
            return false;
        }

        if (separator == '\r' && (HasData || await FillAsync(cancellationToken)) && _buffer[_position] == '\n')
        {
            _position++;
        }

        _line++;
        return true;
    }

    private bool HasData => _position < _length;

    /// <summary>Makes sure at least one character is buffered; false at the end of the text.</summary>
    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (HasData)
        {
            return true;
        }

        if (_endOfText)
        {
            return false;
        }

        try
        {
            _length = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken);
        }
        catch (DecoderFallbackException exception)
        {
            var line = reader is ImportTextReader import ? import.LineOf(exception, _line) : _line;
            throw new ImportFileException($"line {line}", ImportText.NotUtf8);
        }

        _position = 0;
        _endOfText = _length == 0;
        return !_endOfText;
    }
}
