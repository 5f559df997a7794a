using System.Text.Json;
using BenchmarkDotNet.Attributes;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Infrastructure.Json;
using OpsTracker.Api.RecordEngine.Paging;

namespace OpsTracker.Benchmarks.Micro;

/// <summary>
/// JSON serialisation of a page of 50 casualty records with the API's options (JsonSetup), to UTF-8 as the
/// endpoint writes it: the part of a list request that the HTTP + JSON ceiling does not pay.
/// </summary>
[MemoryDiagnoser]
public class JsonPageBenchmarks
{
    private JsonSerializerOptions _options = null!;
    private PagedResponse<CasualtyResponse> _page = null!;

    [GlobalSetup]
    public void Setup()
    {
        _options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        JsonSetup.Apply(_options);
        _options.MakeReadOnly(populateMissingResolver: true);
        var now = new DateTime(2025, 11, 13, 10, 0, 0, DateTimeKind.Utc);
        _page = new PagedResponse<CasualtyResponse>
        {
            Page = 1,
            PageSize = 50,
            TotalCount = 1_000_000,
            Items = Enumerable.Range(1, 50).Select(i => new CasualtyResponse
            {
                Id = i,
                ExternalId = $"bench:casualty:{i}",
                OperationId = i % 3 == 0 ? i * 7 : null,
                PersonIds = [],
                Affiliation = CasualtyAffiliation.Isis,
                Outcome = i % 3 == 0 ? CasualtyOutcome.Wounded : CasualtyOutcome.Killed,
                SourceIds = i % 3 == 0 ? [i % 2000 + 1, i % 2000 + 2] : [i % 2000 + 1],
                Count = new CountResponse { Best = i % 40 + 1, Low = null, High = null, Qualifier = CountQualifier.Exact },
                StartDate = new DateOnly(2014, 1, 1).AddDays(i * 37),
                EndDate = i % 4 == 0 ? new DateOnly(2014, 1, 1).AddDays(i * 37 + 5) : null,
                DatePrecision = DatePrecision.Day,
                Country = i % 2 == 0 ? "SY" : "IQ",
                Region = "Deir ez-Zor",
                Locality = i % 2 == 0 ? "الشدادي" : null,
                CampId = null,
                Latitude = i % 5 == 0 ? 35.3 : null,
                Longitude = i % 5 == 0 ? 40.1 : null,
                Notes = null,
                CreatedAt = now,
                UpdatedAt = now,
            }).ToList(),
        };
    }

    [Benchmark(Description = "JSON page of 50 casualty records")]
    public byte[] SerializePage() => JsonSerializer.SerializeToUtf8Bytes(_page, _options);
}
