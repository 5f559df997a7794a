using OpsTracker.Api.Features.Arrests;
using OpsTracker.Api.Features.CampPopulations;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.DetaineeFigures;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Features.Sources;

namespace OpsTracker.Api.Tests.Exports;

/// <summary>
/// Every list of link rows in a resource's response is read apart from the records by exports; a list written in a
/// shape the split does not know would still be exported correctly, by EF inside the records' query, but slowly.
/// </summary>
public sealed class ExportProjectionTests
{
    [Fact]
    public void Every_list_of_link_rows_is_read_apart()
    {
        Assert.Single(new CasualtyResource().Export.Links);
        Assert.Single(new ArrestResource().Export.Links);
        Assert.Single(new DetaineeFigureResource().Export.Links);
        Assert.Equal(2, new OperationResource().Export.Links.Count);
        Assert.Equal(2, new CampPopulationFigureResource().Export.Links.Count);
    }

    [Fact]
    public void Resources_without_link_rows_read_their_records_alone()
    {
        Assert.Empty(new SourceResource().Export.Links);
        Assert.Empty(new ForceResource().Export.Links);
        Assert.Empty(new CampResource().Export.Links);
    }
}
