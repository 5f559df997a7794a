using System.Reflection;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Infrastructure.Database.DesignTime;
using OpsTracker.Api.RecordEngine.Definitions;

namespace OpsTracker.Api.Tests.Exports;

/// <summary>
/// Every list of ids in a resource's response (sourceIds, forceIds, campIds) is declared on its definition, so pages
/// and exports read it apart from the records and fill it; one left undeclared would answer empty.
/// </summary>
public sealed class ExportProjectionTests
{
    private static readonly RecordKinds Kinds = new(new SqliteDesignTimeFactory().CreateDbContext([]).Model);

    public static TheoryData<string> Paths => [.. ResourceRegistration.Paths];

    [Theory]
    [MemberData(nameof(Paths))]
    public void Every_list_of_ids_in_a_response_is_a_declared_list_of_link_rows(string path)
    {
        var lists = new ListsOf();
        Kinds.All.Single(kind => kind.Path == path).Accept(lists);

        Assert.Equal(lists.IdListMembers.Order(), lists.Declared.Order());
    }

    private sealed class ListsOf : IResourceVisitor
    {
        public List<string> IdListMembers { get; } = [];

        public List<string> Declared { get; } = [];

        public void Visit<TEntity, TRequest, TResponse>(ResourceDefinition<TEntity, TRequest, TResponse> resource)
            where TEntity : RecordEntity, new()
            where TRequest : RecordRequest
            where TResponse : RecordResponse
        {
            IdListMembers.AddRange(typeof(TResponse).GetProperties().Where(property => property.PropertyType == typeof(List<long>)).Select(property => property.Name));
            Declared.AddRange(resource.Export.Lists.SelectMany(list => list.Members).Where(member => member is PropertyInfo { PropertyType: var type } && type == typeof(List<long>)).Select(member => member.Name));
        }
    }
}
