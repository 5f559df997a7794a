using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.RecordEngine.Exports;

namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// Reads a CSV import: a header row naming the columns as the export names them (plus the references' externalId
/// columns), then one record a row. An unknown, repeated or missing required column stops the read at line 1; a
/// cell that does not read as its field's type is an error on that row and field.
/// </summary>
public sealed class CsvRequestReader<TRequest>(ImportSchema<TRequest> schema, TextReader text) : IImportReader<TRequest>
    where TRequest : RecordRequest
{
    public string PositionName => "line";

    public async IAsyncEnumerable<ImportRow<TRequest>> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var records = new CsvRecordReader(text);
        var cells = new List<string>();
        if (!await records.ReadAsync(cells, cancellationToken))
        {
            throw new ImportFileException("line 1", "The file is empty: a CSV import starts with a header row naming its columns.");
        }

        var columns = ReadHeader(cells, records.RecordLine);
        while (await records.ReadAsync(cells, cancellationToken))
        {
            var row = new ImportRow<TRequest>(records.RecordLine, schema.NewRequest());
            if (cells.Count != columns.Length)
            {
                row.AddError("", $"The row has {cells.Count} fields; the header has {columns.Length}.");
            }
            else
            {
                for (var i = 0; i < columns.Length; i++)
                {
                    if (cells[i].Length > 0)
                    {
                        columns[i]?.Invoke(row, cells[i]);
                    }
                }
            }

            yield return row;
        }
    }

    /// <summary>One reader per column, writing a non-empty cell into the row; null for a column the server sets.</summary>
    private Action<ImportRow<TRequest>, string>?[] ReadHeader(List<string> header, int line)
    {
        var fields = schema.Fields.ToDictionary(field => field.Header, StringComparer.OrdinalIgnoreCase);
        var references = schema.References.Select((reference, index) => (reference, index))
            .ToDictionary(pair => pair.reference.ExternalIdField, StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var columns = new Action<ImportRow<TRequest>, string>?[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i];
            if (!seen.Add(name))
            {
                throw new ImportFileException($"line {line}: {name}", "This column appears more than once in the header.");
            }

            if (fields.TryGetValue(name, out var field))
            {
                columns[i] = FieldReader(field);
            }
            else if (references.TryGetValue(name, out var reference))
            {
                columns[i] = ExternalIdReader(reference.index, reference.reference.IsList, reference.reference.ExternalIdField);
            }
            else if (!ImportSchema<TRequest>.ServerColumns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw new ImportFileException($"line {line}: {name}",
                    $"This is not a column of {schema.ResourcePath}. The columns are: {string.Join(", ", schema.ColumnNames)}.");
            }
        }

        var missing = schema.RequiredFields
            .Where(required => !seen.Any(column => Covers(column, required)))
            .Select(required => (Twin: schema.References.FirstOrDefault(r => r.Field == required)?.ExternalIdField, Alternative: schema.AlternativeColumnOf(required)) switch
            {
                ({ } twin, { } alternative) => $"{required} (or {twin}, or {alternative})",
                ({ } twin, null) => $"{required} (or {twin})",
                _ => required,
            })
            .ToList();
        if (missing.Count > 0)
        {
            throw new ImportFileException($"line {line}", $"The header has no column for the required field(s): {string.Join(", ", missing)}.");
        }

        return columns;
    }

    /// <summary>
    /// Whether a column answers for a required field: the field itself, one of its nested fields (<c>count.best</c>),
    /// its alternative or externalId twin, or, for a rule on a group of fields named by their common stem (a transfer's
    /// <c>from</c>, one of <c>fromCampIds</c>, <c>fromFacility</c>, ...), any field of the group.
    /// </summary>
    private bool Covers(string column, string requiredField) =>
        column.Equals(requiredField, StringComparison.OrdinalIgnoreCase)
        || column.StartsWith(requiredField + ".", StringComparison.OrdinalIgnoreCase)
        || (column.Length > requiredField.Length && column.StartsWith(requiredField, StringComparison.Ordinal) && char.IsUpper(column[requiredField.Length]))
        || column.Equals(schema.AlternativeColumnOf(requiredField), StringComparison.OrdinalIgnoreCase)
        || schema.References.Any(r => r.Field == requiredField && column.Equals(r.ExternalIdField, StringComparison.OrdinalIgnoreCase));

    private Action<ImportRow<TRequest>, string> FieldReader(CsvField field)
    {
        var parse = CsvCellParser.For(field.ValueType, schema.Options);
        var path = field.Path;
        var parents = path.Take(path.Count - 1).Select(property => schema.Options.GetTypeInfo(property.PropertyType)).ToArray();
        return (row, cell) =>
        {
            var value = parse(cell);
            if (value.Error is not null)
            {
                row.AddError(value.Index is { } index ? $"{field.Header}[{index}]" : field.Header, value.Error);
                return;
            }

            object target = row.Request!;
            for (var step = 0; step < parents.Length; step++)
            {
                target = ChildOf(target, path[step], parents[step]);
            }

            path[^1].Set!(target, value.Value);
        };
    }

    // A nested object (count) is created by its first non-empty column, so a row with no count.* cells has no count.
    private static object ChildOf(object parent, JsonPropertyInfo property, JsonTypeInfo childType)
    {
        if (property.Get!(parent) is { } child)
        {
            return child;
        }

        child = childType.CreateObject!();
        property.Set!(parent, child);
        return child;
    }

    private Action<ImportRow<TRequest>, string> ExternalIdReader(int index, bool isList, string column) => (row, cell) =>
    {
        var externalIds = isList ? CsvFormat.SplitList(cell) : [cell];
        if (externalIds is null)
        {
            row.AddError(column, "In a list, \\ escapes only ; and \\ (write \\; and \\\\).");
            return;
        }

        row.ExternalIds ??= new List<string>?[schema.References.Count];
        row.ExternalIds[index] = externalIds;
    };
}
