using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>
/// Timestamps are stored in UTC; SQLite gives them back without a kind, so they are marked UTC on read and
/// serialise with a trailing "Z".
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
