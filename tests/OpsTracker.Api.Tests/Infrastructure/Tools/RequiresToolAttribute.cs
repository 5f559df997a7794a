namespace OpsTracker.Api.Tests.Infrastructure.Tools;

/// <summary>
/// A test that needs <see cref="Tool"/>: where it is not installed the run reports the test as skipped and says how
/// to install it, unless the tool's variable (<see cref="ExternalTools.RequireVariable"/>, set by CI) is 1, which makes
/// the missing tool a failure instead, as OPSTRACKER_REQUIRE_POSTGRES does for the PostgreSQL server.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RequiresToolAttribute(ExternalTool tool) : Attribute
{
    public ExternalTool Tool { get; } = tool;
}
