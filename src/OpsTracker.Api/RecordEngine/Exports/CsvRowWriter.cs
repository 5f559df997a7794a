using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace OpsTracker.Api.RecordEngine.Exports;

/// <summary>
/// Writes the CSV of a response type through one compiled method per type: each column's value read through its
/// properties with its own type and written by <see cref="CsvUtf8Writer"/>, without boxing it or making a string of
/// it. The columns and the text of each value are those of <see cref="CsvFormat"/>; a column of a type written
/// here by no method of its own is written through <see cref="CsvFormat.ColumnsOf"/>, exactly as before.
/// </summary>
public sealed class CsvRowWriter<T>
{
    private static readonly ConcurrentDictionary<JsonSerializerOptions, CsvRowWriter<T>> Writers = new();

    private readonly IReadOnlyList<string> _headers;
    private readonly Action<T, CsvUtf8Writer> _write;

    private CsvRowWriter(IReadOnlyList<string> headers, Action<T, CsvUtf8Writer> write)
    {
        _headers = headers;
        _write = write;
    }

    public static CsvRowWriter<T> For(JsonSerializerOptions options) => Writers.GetOrAdd(options, Build);

    public void WriteHeader(CsvUtf8Writer writer)
    {
        for (var i = 0; i < _headers.Count; i++)
        {
            if (i > 0)
            {
                writer.Comma();
            }

            writer.Text(_headers[i]);
        }

        writer.EndRow();
    }

    public void WriteRow(CsvUtf8Writer writer, T row) => _write(row, writer);

    private static CsvRowWriter<T> Build(JsonSerializerOptions options)
    {
        var fields = CsvFormat.FieldsOf(typeof(T), options);
        var columns = CsvFormat.ColumnsOf(typeof(T), options);
        var row = Expression.Parameter(typeof(T), "row");
        var writer = Expression.Parameter(typeof(CsvUtf8Writer), "writer");
        var body = new List<Expression>();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                body.Add(Call(writer, nameof(CsvUtf8Writer.Comma)));
            }

            body.Add(Field(row, writer, fields[i]) ?? Call(writer, nameof(CsvUtf8Writer.Text),
                Expression.Invoke(Expression.Constant(columns[i].Read), Expression.Convert(row, typeof(object)))));
        }

        body.Add(Call(writer, nameof(CsvUtf8Writer.EndRow)));
        var write = Expression.Lambda<Action<T, CsvUtf8Writer>>(Expression.Block(body), row, writer).Compile();
        return new CsvRowWriter<T>(fields.Select(field => field.Header).ToList(), write);
    }

    /// <summary>
    /// Writes one column: its value read along the field's properties, nothing when a step is null. Null when a step
    /// is not a plain property or field of its type (the column is then written through its boxed reader).
    /// </summary>
    private static Expression? Field(ParameterExpression row, ParameterExpression writer, CsvField field)
    {
        Expression value = row;
        var nullChecks = new List<Expression>();
        for (var step = 0; step < field.Path.Count; step++)
        {
            var member = field.Path[step].AttributeProvider as MemberInfo;
            if (member is not (PropertyInfo or FieldInfo) || member.DeclaringType?.IsAssignableFrom(value.Type) != true)
            {
                return null;
            }

            if (step > 0 && !value.Type.IsValueType)
            {
                nullChecks.Add(Expression.NotEqual(value, Expression.Constant(null, value.Type)));
            }

            value = Expression.MakeMemberAccess(value, member);
        }

        var write = Leaf(writer, value);
        if (write is null)
        {
            return null;
        }

        return nullChecks.Count == 0 ? write : Expression.IfThen(nullChecks.Aggregate(Expression.AndAlso), write);
    }

    private static Expression? Leaf(ParameterExpression writer, Expression value)
    {
        if (Nullable.GetUnderlyingType(value.Type) is { } underlying)
        {
            var write = Leaf(writer, Expression.Property(value, nameof(Nullable<int>.Value)));
            return write is null ? null : Expression.IfThen(Expression.Property(value, nameof(Nullable<int>.HasValue)), write);
        }

        var type = value.Type;
        var method = type == typeof(string) ? nameof(CsvUtf8Writer.Text)
            : type == typeof(long) ? nameof(CsvUtf8Writer.Int64)
            : type == typeof(int) ? nameof(CsvUtf8Writer.Int32)
            : type == typeof(double) ? nameof(CsvUtf8Writer.Double)
            : type == typeof(bool) ? nameof(CsvUtf8Writer.Boolean)
            : type == typeof(DateOnly) ? nameof(CsvUtf8Writer.Date)
            : type == typeof(DateTime) ? nameof(CsvUtf8Writer.Timestamp)
            : type == typeof(List<long>) ? nameof(CsvUtf8Writer.Int64List)
            : type == typeof(List<string>) ? nameof(CsvUtf8Writer.TextList)
            : null;
        if (method is not null)
        {
            return Call(writer, method, value);
        }

        if (type.IsEnum)
        {
            var names = typeof(CsvEnumNames<>).MakeGenericType(type);
            return Expression.Call(names.GetMethod(nameof(CsvEnumNames<DayOfWeek>.Write))!, writer, value);
        }

        return null;
    }

    private static MethodCallExpression Call(ParameterExpression writer, string method, params Expression[] arguments) =>
        Expression.Call(writer, typeof(CsvUtf8Writer).GetMethod(method)!, arguments);
}
