using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Statements;

public sealed class StatementSource : SourceLink
{
    public long StatementId { get; set; }
}
