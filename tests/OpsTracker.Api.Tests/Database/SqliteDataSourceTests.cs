using Microsoft.Data.Sqlite;
using OpsTracker.Api.Infrastructure.Database.Sqlite;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Database;

/// <summary>
/// Which SQLite data sources name a file by its path: the API makes a relative one absolute (from its content root)
/// and creates its folder, and <c>check</c> names a missing one rather than creating it. A database in memory or named
/// by a <c>file:</c> URI is left to SQLite.
/// </summary>
[SqliteOnly("The rule is the SQLite dialect's own.")]
public sealed class SqliteDataSourceTests
{
    [Theory]
    [InlineData("Data Source=data/opstracker.db", true)]
    [InlineData("Data Source=/var/lib/opstracker/opstracker.db;Pooling=False", true)]
    [InlineData("Data Source=file:///var/lib/opstracker/opstracker.db", false)]
    [InlineData("Data Source=FILE:opstracker.db?mode=ro", false)]
    [InlineData("Data Source=:memory:", false)]
    [InlineData("Data Source=opstracker;Mode=Memory;Cache=Shared", false)]
    [InlineData("", false)]
    public void A_data_source_names_a_file_path_unless_it_is_in_memory_or_a_uri(string connectionString, bool namesFilePath) =>
        Assert.Equal(namesFilePath, SqliteDialect.NamesFilePath(new SqliteConnectionStringBuilder(connectionString)));
}
