namespace OpsTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// A path parameter's description and example for an endpoint whose example request must name something other than
/// record 1 (a draft's number, the source the sample data holds a text for): read by <see cref="HttpContractOperationFilter"/>.
/// </summary>
public sealed record PathParameterExample(string Name, long Example, string Description);
