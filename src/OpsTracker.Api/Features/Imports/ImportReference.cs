using System.Text.Json.Serialization.Metadata;
using OpsTracker.Api.RecordEngine.Definitions;

namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// A reference field of a resource's request (<c>sourceIds</c>, <c>operationId</c>) and its externalId twin
/// (<c>sourceExternalIds</c>, <c>operationExternalId</c>), taken from the definition's own
/// <see cref="ReferenceCheck"/>s, so imports know every reference without a list of their own.
/// </summary>
public sealed class ImportReference(ReferenceCheck check, JsonPropertyInfo property)
{
    /// <summary>The check as the definition builds it, used for its lookups (not its ids).</summary>
    public ReferenceCheck Check { get; } = check;

    public string Field => Check.Field;
    public string ExternalIdField => Check.ExternalIdField;
    public bool IsList => Check.IsList;
    public string TargetName => Check.TargetName;

    /// <summary>True when the request has ids in this field already.</summary>
    public bool HasIds(object request) => property.Get!(request) switch
    {
        null => false,
        List<long> ids => ids.Count > 0,
        _ => true,
    };

    /// <summary>Writes the ids that the externalIds resolved to into the request's id field.</summary>
    public void SetIds(object request, List<long> ids) =>
        property.Set!(request, IsList ? ids : (long?)ids[0]);
}
