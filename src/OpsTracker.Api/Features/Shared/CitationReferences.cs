using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.RecordEngine.Definitions;

namespace OpsTracker.Api.Features.Shared;

/// <summary>
/// The records a request's citations name, which must exist: each citation's source (<c>citations[1].sourceId</c>)
/// and the force it attributes the claim to (<c>citations[1].attributedTo.forceId</c>). Checked by the engine for
/// every kind that cites sources, beside the references its definition declares.
/// </summary>
public static class CitationReferences
{
    public static IEnumerable<ReferenceCheck> Of(CitingRecordRequest request)
    {
        var citations = request.Citations ?? [];
        return
        [
            ReferenceCheck.Within<Source>("citations", "source",
                [.. citations.Select((citation, i) => ($"citations[{i}].sourceId", citation?.SourceId ?? 0)).Where(id => id.Item2 > 0)]),
            ReferenceCheck.Within<Force>("citations", "force",
                [.. citations.Select((citation, i) => ($"citations[{i}].attributedTo.forceId", citation?.AttributedTo?.ForceId ?? 0)).Where(id => id.Item2 > 0)]),
        ];
    }
}
