using System.Collections;
using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Infrastructure.Database.Sqlite;

/// <summary>
/// Inserts new records of one entity type, with their link rows (citations, forces, camps), through prepared
/// commands rebound for every row: the fast path of imports and of the record writer's shared commits, several times
/// faster than SaveChanges. The commands are built from the EF model (tables, columns, value conversions, owned link
/// collections), so a row is written exactly as SaveChanges would write it; the caller stamps the record first
/// (<c>OpsTrackerDbContext.StampNew</c>). Ids are given as SQLite would choose them (one more than the largest), which
/// the transaction's write lock keeps safe, so no row has to be read back.
/// </summary>
public sealed class EntityInserter : IDisposable
{
    /// <summary>The event of a statement prepared a second time (see <see cref="IsMissingTable"/>).</summary>
    public static readonly EventId PreparedAgainEvent = new(1, "PreparedAgain");

    private static readonly Action<ILogger, string, Exception?> PreparedAgain = LoggerMessage.Define<string>(LogLevel.Warning,
        PreparedAgainEvent, "SQLite answered 'no such table' to the insert into {Table}; prepared again (docs/development.md).");

    private readonly SqliteCommand _insert;
    private readonly Column[] _columns;
    private readonly LinkInserter[] _links;
    private readonly Column _key;
    private long _nextId;

    /// <summary>
    /// Prepares the inserts of <paramref name="entityType"/> and its link rows on <paramref name="connection"/>, in
    /// <paramref name="transaction"/>; a second prepare of one (see <see cref="IsMissingTable"/>) is reported to
    /// <paramref name="logger"/>.
    /// </summary>
    public EntityInserter(IEntityType entityType, SqliteConnection connection, SqliteTransaction transaction, ILogger logger)
    {
        var columns = entityType.GetFlattenedProperties().Select((property, index) => new Column(property, index)).ToArray();
        _key = columns.Single(column => column.Property.IsPrimaryKey());
        _columns = columns.Where(column => column != _key).ToArray();
        var table = entityType.GetTableName()!;
        _insert = Prepare(connection, transaction, table, columns, "", logger);
        using var maxId = connection.CreateCommand();
        maxId.Transaction = transaction;
        maxId.CommandText = $"SELECT COALESCE(MAX(\"{_key.Name}\"), 0) FROM \"{table}\";";
        _nextId = (long)maxId.ExecuteScalar()! + 1;

        _links = entityType.GetNavigations()
            .Where(navigation => navigation.IsCollection && navigation.TargetEntityType.IsOwned())
            .Select(navigation => new LinkInserter(navigation, connection, transaction, logger))
            .ToArray();
    }

    /// <summary>Writes <paramref name="record"/> and its link rows; sets and returns its new id.</summary>
    public long Insert(RecordEntity record)
    {
        foreach (var column in _columns)
        {
            column.Bind(record);
        }

        var id = _nextId++;
        _key.BindValue(id);
        _insert.ExecuteNonQuery();
        record.Id = id;
        foreach (var links in _links)
        {
            links.Insert(record, id);
        }

        return id;
    }

    public void Dispose()
    {
        _insert.Dispose();
        foreach (var links in _links)
        {
            links.Dispose();
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string table, Column[] columns, string suffix, ILogger logger)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) "
            + $"VALUES ({string.Join(", ", columns.Select(c => c.ParameterName))}){suffix};";
        foreach (var column in columns)
        {
            column.Parameter = column.CreateParameter(command);
            command.Parameters.Add(column.Parameter);
        }

        try
        {
            command.Prepare();
        }
        catch (SqliteException exception) when (IsMissingTable(exception))
        {
            PreparedAgain(logger, table, exception);
            command.Prepare();
        }

        return command;
    }

    /// <summary>
    /// "no such table", which SQLite has now and then answered for a table the same prepare on the same connection
    /// found at once, with nothing run between; why is not known (docs/development.md). A table that is really
    /// missing fails the second prepare the same way.
    /// </summary>
    private static bool IsMissingTable(SqliteException exception) =>
        exception.SqliteErrorCode == 1 && exception.Message.Contains("no such table", StringComparison.Ordinal);

    /// <summary>One column: how to read its value off the entity and convert it as EF's type mapping does.</summary>
    private sealed class Column(IProperty property, int index)
    {
        private readonly IClrPropertyGetter _getter = property.GetGetter();
        private readonly RelationalTypeMapping _mapping = (RelationalTypeMapping)property.GetTypeMapping();
        private readonly ValueConverter? _converter = property.GetTypeMapping().Converter;

        public string Name { get; } = property.GetColumnName();
        public string ParameterName { get; } = $"$p{index}";
        public IProperty Property { get; } = property;
        public SqliteParameter Parameter { get; set; } = null!;

        public SqliteParameter CreateParameter(SqliteCommand command) =>
            (SqliteParameter)_mapping.CreateParameter(command, ParameterName, null, nullable: true, ParameterDirection.Input);

        public void Bind(object entity) => Parameter.Value = ToProvider(_getter.GetClrValueUsingContainingEntity(entity));

        public void BindValue(object? value) => Parameter.Value = ToProvider(value);

        private object ToProvider(object? value) =>
            (value is null ? null : _converter is null ? value : _converter.ConvertToProvider(value)) ?? DBNull.Value;
    }

    /// <summary>The rows of one owned link collection (a record's citations), keyed by the new record's id.</summary>
    private sealed class LinkInserter : IDisposable
    {
        private readonly IClrPropertyGetter _collection;
        private readonly Column _owner;
        private readonly Column[] _values;
        private readonly SqliteCommand _insert;

        public LinkInserter(INavigation navigation, SqliteConnection connection, SqliteTransaction transaction, ILogger logger)
        {
            _collection = navigation.GetGetter();
            var linkType = navigation.TargetEntityType;
            var ownerKey = navigation.ForeignKey.Properties.Single();
            var properties = linkType.GetProperties().ToList();
            var columns = properties.Select((property, index) => new Column(property, index)).ToArray();
            _owner = columns.Single(column => column.Property == ownerKey);
            _values = columns.Where(column => column.Property != ownerKey).ToArray();
            _insert = Prepare(connection, transaction, linkType.GetTableName()!, columns, "", logger);
        }

        public void Insert(object record, long id)
        {
            if (_collection.GetClrValueUsingContainingEntity(record) is not IEnumerable links)
            {
                return;
            }

            _owner.BindValue(id);
            foreach (var link in links)
            {
                foreach (var value in _values)
                {
                    value.Bind(link);
                }

                _insert.ExecuteNonQuery();
            }
        }

        public void Dispose() => _insert.Dispose();
    }
}
