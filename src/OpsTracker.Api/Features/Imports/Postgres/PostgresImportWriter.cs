using System.Collections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Audit;

namespace OpsTracker.Api.Features.Imports.Postgres;

/// <summary>
/// An import's writes on PostgreSQL, by binary COPY: one statement per table per batch instead of one INSERT per
/// row. A batch's records take their ids from the table's identity sequence up front, in one query, so writers
/// running beside the import (which take theirs from the same sequence) never clash with them. Records, their link
/// rows (citations, forces, camps) and audit entries are held until <see cref="FlushAsync"/>, then copied records
/// first, since the link rows refer to them. Tables, columns, value conversions and column types come from the EF
/// model, so a row is written exactly as SaveChanges would write it; audit entries leave their id to the database.
/// </summary>
public sealed class PostgresImportWriter : IImportWriter
{
    private readonly NpgsqlConnection _connection;
    private readonly Table _records;
    private readonly LinkTable[] _links;
    private readonly Table _audit;
    private readonly NpgsqlCommand _nextIds;
    private readonly string _analyze;
    private readonly float _rowsInStatistics;
    private readonly Queue<long> _ids = new();
    private readonly List<RecordEntity> _heldRecords = [];
    private readonly List<AuditEntry> _heldEntries = [];
    private long _copiedRecords;
    private bool _analyzed;

    private PostgresImportWriter(IEntityType entityType, IEntityType auditType, NpgsqlConnection connection, string sequence,
        float rowsInStatistics)
    {
        _connection = connection;
        _analyze = $"ANALYZE (SKIP_LOCKED) {QualifiedName(entityType)};";
        _rowsInStatistics = rowsInStatistics;
        _records = new Table(entityType, entityType.GetFlattenedProperties());
        _links = entityType.GetNavigations()
            .Where(navigation => navigation.IsCollection && navigation.TargetEntityType.IsOwned())
            .Select(navigation => new LinkTable(navigation))
            .ToArray();
        _audit = new Table(auditType, auditType.GetProperties().Where(property => !property.IsPrimaryKey()));
        _nextIds = new NpgsqlCommand("SELECT nextval(@sequence::regclass) FROM generate_series(1, @count);", connection);
        _nextIds.Parameters.Add(new NpgsqlParameter("sequence", NpgsqlDbType.Text) { Value = sequence });
        _nextIds.Parameters.Add(new NpgsqlParameter("count", NpgsqlDbType.Integer));
    }

    /// <summary>A writer for records of <paramref name="entityType"/>, on the connection of the import's open transaction.</summary>
    public static async Task<PostgresImportWriter> CreateAsync(IEntityType entityType, IEntityType auditType, NpgsqlConnection connection,
        CancellationToken cancellationToken)
    {
        await using var find = new NpgsqlCommand(
            "SELECT pg_get_serial_sequence(@table, @column), reltuples FROM pg_class WHERE oid = @table::regclass;", connection);
        find.Parameters.AddWithValue("table", NpgsqlDbType.Text, QualifiedName(entityType));
        find.Parameters.AddWithValue("column", NpgsqlDbType.Text, entityType.FindPrimaryKey()!.Properties.Single().GetColumnName());
        await using var reader = await find.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken) || reader.IsDBNull(0))
        {
            throw new InvalidOperationException($"The key of \"{entityType.GetTableName()}\" has no identity sequence to take ids from.");
        }

        return new PostgresImportWriter(entityType, auditType, connection, reader.GetString(0), reader.GetFloat(1));
    }

    public async Task ReserveIdsAsync(int count, CancellationToken cancellationToken)
    {
        if (count <= _ids.Count)
        {
            return;
        }

        _nextIds.Parameters["count"].Value = count - _ids.Count;
        await using var reader = await _nextIds.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            _ids.Enqueue(reader.GetInt64(0));
        }
    }

    public long Insert(RecordEntity record)
    {
        if (!_ids.TryDequeue(out var id))
        {
            throw new InvalidOperationException($"No id is reserved: call {nameof(ReserveIdsAsync)} before each batch's inserts.");
        }

        record.Id = id;
        _heldRecords.Add(record);
        return id;
    }

    public void Write(AuditEntry entry) => _heldEntries.Add(entry);

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_heldRecords.Count > 0)
        {
            await _records.CopyAsync(_connection, _heldRecords, cancellationToken);
            foreach (var links in _links)
            {
                await links.CopyAsync(_connection, _heldRecords, cancellationToken);
            }

            _copiedRecords += _heldRecords.Count;
            _heldRecords.Clear();
            await AnalyzeOnceAsync(cancellationToken);
        }

        if (_heldEntries.Count > 0)
        {
            await _audit.CopyAsync(_connection, _heldEntries, cancellationToken);
            _heldEntries.Clear();
        }
    }

    public void Dispose() => _nextIds.Dispose();

    /// <summary>
    /// Gives PostgreSQL statistics of the table once the import has written more records than they know of. A table
    /// never analyzed, or analyzed empty, has none, and the planner then takes every index limited to live records
    /// for nearly empty: each batch's externalId lookup was planned as a walk through all the records, slower with
    /// every batch (6 s of lookups for 200,000 casualties; 1 s with statistics). ANALYZE counts the rows this
    /// transaction wrote; its statistics go with the transaction, though the table's estimated row count (pg_class)
    /// stays even if the import rolls back, until autovacuum counts again. Its lock is held to the commit and
    /// blocks no reads or writes; SKIP_LOCKED lets a second import into the same table go on without statistics
    /// rather than wait for the first.
    /// </summary>
    private async Task AnalyzeOnceAsync(CancellationToken cancellationToken)
    {
        if (_analyzed || _copiedRecords <= _rowsInStatistics)
        {
            return;
        }

        _analyzed = true;
        await using var analyze = new NpgsqlCommand(_analyze, _connection);
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string QualifiedName(IEntityType entityType) =>
        entityType.GetSchema() is { } schema ? $"\"{schema}\".\"{entityType.GetTableName()}\"" : $"\"{entityType.GetTableName()}\"";

    private static string CopyCommand(IEntityType entityType, IEnumerable<Column> columns) =>
        $"COPY {QualifiedName(entityType)} ({string.Join(", ", columns.Select(column => $"\"{column.Name}\""))}) FROM STDIN (FORMAT BINARY)";

    /// <summary>One column: its value read off the entity and converted as EF's type mapping does, sent as the column's own type.</summary>
    private sealed class Column(IProperty property)
    {
        private readonly IClrPropertyGetter? _getter = property.IsShadowProperty() ? null : property.GetGetter();
        private readonly ValueConverter? _converter = property.GetTypeMapping().Converter;

        // The store type ("timestamp with time zone", "character varying(200)", "text[]"): binary COPY sends no type
        // names, so each value must be written in exactly its column's binary format.
        private readonly string _storeType = property.GetRelationalTypeMapping().StoreType;

        public string Name { get; } = property.GetColumnName();
        public IProperty Property { get; } = property;

        public Task WriteAsync(NpgsqlBinaryImporter importer, object entity, CancellationToken cancellationToken) =>
            WriteValueAsync(importer, _getter!.GetClrValueUsingContainingEntity(entity), cancellationToken);

        public Task WriteValueAsync(NpgsqlBinaryImporter importer, object? value, CancellationToken cancellationToken) =>
            (value is null ? null : _converter is null ? value : _converter.ConvertToProvider(value)) is { } stored
                ? importer.WriteAsync(stored, _storeType, cancellationToken)
                : importer.WriteNullAsync(cancellationToken);
    }

    /// <summary>A table whose rows are entities: the records, or the audit entries.</summary>
    private sealed class Table
    {
        private readonly Column[] _columns;
        private readonly string _copy;

        public Table(IEntityType entityType, IEnumerable<IProperty> properties)
        {
            _columns = properties.Select(property => new Column(property)).ToArray();
            _copy = CopyCommand(entityType, _columns);
        }

        public async Task CopyAsync(NpgsqlConnection connection, IEnumerable<object> rows, CancellationToken cancellationToken)
        {
            await using var importer = await connection.BeginBinaryImportAsync(_copy, cancellationToken);
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                foreach (var column in _columns)
                {
                    await column.WriteAsync(importer, row, cancellationToken);
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }
    }

    /// <summary>The rows of one owned link collection (a record's citations), keyed by their record's id.</summary>
    private sealed class LinkTable
    {
        private readonly IClrPropertyGetter _collection;
        private readonly Column[] _columns;
        private readonly Column _owner;
        private readonly string _copy;

        public LinkTable(INavigation navigation)
        {
            _collection = navigation.GetGetter();
            var linkType = navigation.TargetEntityType;
            var ownerKey = navigation.ForeignKey.Properties.Single();
            _columns = linkType.GetProperties().Select(property => new Column(property)).ToArray();
            _owner = _columns.Single(column => column.Property == ownerKey);
            _copy = CopyCommand(linkType, _columns);
        }

        public async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<RecordEntity> records, CancellationToken cancellationToken)
        {
            var owned = records
                .Select(record => (record.Id, Links: (_collection.GetClrValueUsingContainingEntity(record) as IEnumerable)?.Cast<object>().ToList() ?? []))
                .Where(record => record.Links.Count > 0)
                .ToList();
            if (owned.Count == 0)
            {
                return;
            }

            await using var importer = await connection.BeginBinaryImportAsync(_copy, cancellationToken);
            foreach (var (id, links) in owned)
            {
                foreach (var link in links)
                {
                    await importer.StartRowAsync(cancellationToken);
                    foreach (var column in _columns)
                    {
                        await (column == _owner
                            ? column.WriteValueAsync(importer, id, cancellationToken)
                            : column.WriteAsync(importer, link, cancellationToken));
                    }
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }
    }
}
