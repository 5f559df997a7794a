namespace OpsTracker.Api.Infrastructure.Database;

public enum DatabaseErrorKind
{
    Other,
    UniqueViolation,
    ForeignKeyViolation,
}
