using Microsoft.EntityFrameworkCore;

namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>The database on SQLite, with its migrations in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteOpsTrackerDbContext(DbContextOptions<SqliteOpsTrackerDbContext> options) : OpsTrackerDbContext(options);
