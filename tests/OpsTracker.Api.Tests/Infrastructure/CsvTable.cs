using System.Text;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>
/// A CSV answer parsed strictly by RFC 4180: records end with CRLF, a quoted field may hold commas, quotes (doubled)
/// and line breaks, and every record has as many fields as the header. Anything else fails the test, so the parser
/// checks the format as well as reading it.
/// </summary>
public sealed class CsvTable
{
    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        Header = header;
        Rows = rows;
    }

    public IReadOnlyList<string> Header { get; }

    /// <summary>The records after the header, each with one field per header column.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>The field of <paramref name="row"/> under <paramref name="column"/>, failing if there is no such column.</summary>
    public string Cell(int row, string column) => Rows[row][IndexOf(column)];

    public IReadOnlyList<string> Column(string column)
    {
        var index = IndexOf(column);
        return Rows.Select(row => row[index]).ToList();
    }

    public static CsvTable Parse(string text)
    {
        var records = ParseRecords(text);
        Assert.True(records.Count > 0, "The CSV has no header row.");
        var header = records[0];
        foreach (var (record, number) in records.Select((record, index) => (record, index + 1)))
        {
            Assert.True(record.Count == header.Count, $"Record {number} has {record.Count} fields, the header {header.Count}: {string.Join(" | ", record)}");
        }

        return new CsvTable(header, records.Skip(1).ToList());
    }

    private int IndexOf(string column)
    {
        var index = Header.ToList().IndexOf(column);
        Assert.True(index >= 0, $"No column '{column}' in: {string.Join(", ", Header)}");
        return index;
    }

    private static List<IReadOnlyList<string>> ParseRecords(string text)
    {
        var records = new List<IReadOnlyList<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var position = 0;
        while (position < text.Length)
        {
            if (text[position] == '"' && field.Length == 0)
            {
                position = ReadQuoted(text, position + 1, field);
                Assert.True(position == text.Length || text[position] is ',' or '\r',
                    $"A quoted field is followed by '{text[position]}' at {position}, not a comma or the record's end.");
                continue;
            }

            switch (text[position])
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    position++;
                    break;
                case '\r':
                    Assert.True(position + 1 < text.Length && text[position + 1] == '\n', $"A CR without LF at {position}.");
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add(fields);
                    fields = [];
                    position += 2;
                    break;
                case '\n':
                    Assert.Fail($"A bare LF at {position}: records end with CRLF and line breaks in a field are quoted.");
                    break;
                case '"':
                    Assert.Fail($"A quote inside an unquoted field at {position}.");
                    break;
                default:
                    field.Append(text[position]);
                    position++;
                    break;
            }
        }

        Assert.True(fields.Count == 0 && field.Length == 0, "The last record does not end with CRLF.");
        return records;
    }

    /// <summary>Reads a quoted field's content from just after its opening quote; returns the position after the closing one.</summary>
    private static int ReadQuoted(string text, int position, StringBuilder field)
    {
        while (position < text.Length)
        {
            if (text[position] != '"')
            {
                field.Append(text[position]);
                position++;
            }
            else if (position + 1 < text.Length && text[position + 1] == '"')
            {
                field.Append('"');
                position += 2;
            }
            else
            {
                return position + 1;
            }
        }

        Assert.Fail("A quoted field is never closed.");
        return position;
    }
}
