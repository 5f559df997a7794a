using OpsTracker.Api.Features.ApiKeys;
using OpsTracker.Api.Features.Arrests;
using OpsTracker.Api.Features.CampPopulations;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.DetaineeFigures;
using OpsTracker.Api.Features.Events;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Intake.Reports;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Features.Persons;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.Features.Statements;
using OpsTracker.Api.Features.StrengthEstimates;
using OpsTracker.Api.Features.Transfers;

namespace OpsTracker.Api.SampleData;

/// <summary>
/// A request body for each kind of write, taken from the seed reports and written against the sample data's ids
/// (sources 1 to 4, the Global Coalition as force 2, the SDF as force 3, ISIS as force 6, Syria's government as force 7, al-Hol as camp 1, the CENTCOM summary as operation 1), so each succeeds as it
/// is on a database that holds the sample data. None has an externalId: sending one twice would be a 409.
/// </summary>
internal static class SampleRequestExamples
{
    public static IReadOnlyDictionary<Type, string> Bodies { get; } = new Dictionary<Type, string>
    {
        [typeof(ReportRequest)] = """
            {
              "sourceId": 2,
              "text": "منذ أكتوبر... \"سنتكوم\": دعمنا أكثر من 22 عملية ضد \"داعش\" في سوريا\n\nونشرت \"سنتكوم\"، اليوم الخميس، بيانا أوضحت فيه أنها قدمت هذا الدعم في عمليات نفذت بالتعاون بين قوة المهام المشتركة لعملية \"العزم الصلب\" وشركائها المحليين في سوريا، في الفترة ما بين 1 أكتوبر و6 نوفمبر/ تشرين الثاني.",
              "language": "ar"
            }
            """,
        [typeof(DraftEdits)] = """
            {
              "notes": "Checked against the CENTCOM statement of 13 November 2025."
            }
            """,
        [typeof(SourceRequest)] = """
            {
              "title": "Sputnik Arabic: CENTCOM supported more than 22 operations against ISIS in Syria since October",
              "publisher": "Sputnik Arabic",
              "url": "https://sarabic.ae/20251113/",
              "language": "ar",
              "publishedOn": "2025-11-13",
              "kind": "newsReport",
              "reliability": "C",
              "author": "سبوتنيك عربي",
              "archiveUrl": "https://web.archive.org/web/20251113/https://sarabic.ae/20251113/",
              "retrievedOn": "2025-11-13",
              "relaysSourceIds": [1],
              "notes": "Relays the CENTCOM statement of 13 November 2025."
            }
            """,
        [typeof(ForceRequest)] = """
            {
              "name": "Iraqi Counter-Terrorism Service",
              "acronym": "CTS",
              "aliases": ["جهاز مكافحة الإرهاب"],
              "kind": "stateForce"
            }
            """,
        [typeof(CampRequest)] = """
            {
              "name": "al-Jad'ah rehabilitation centre",
              "aliases": ["مركز الجدعة للتأهيل", "Jeddah 1"],
              "country": "IQ",
              "region": "Nineveh",
              "notes": "South of Mosul: Iraqi families returned from al-Hol stay here before going home."
            }
            """,
        [typeof(OperationRequest)] = """
            {
              "title": "SDF operation inside al-Hol camp, in coordination with the coalition",
              "type": "raid",
              "forceIds": [3],
              "sourceIds": [3, 4],
              "startDate": "2025-11-08",
              "country": "SY",
              "region": "Al-Hasakah",
              "locality": "al-Hol camp",
              "campId": 1,
              "latitude": 36.3749,
              "longitude": 41.1488,
              "notes": "The operation in which an ISIS leader was arrested (SDF statement of 8 November 2025, relayed by Shafaq News)."
            }
            """,
        [typeof(CasualtyRequest)] = """
            {
              "sourceIds": [1, 2, 4],
              "operationId": 1,
              "affiliation": "isis",
              "outcome": "killed",
              "count": { "best": 5 },
              "startDate": "2025-10-01",
              "endDate": "2025-11-06",
              "country": "SY",
              "notes": "ISIS members killed in the operations of 1 October to 6 November 2025 (CENTCOM)."
            }
            """,
        [typeof(PersonRequest)] = """
            {
              "name": "براد كوبر",
              "aliases": ["Brad Cooper"],
              "nationality": "US",
              "roles": [
                {
                  "title": "الجنرال",
                  "forceId": 1,
                  "citations": [{ "sourceId": 2, "quote": "قائد \"سنتكوم\"، الجنرال براد كوبر" }]
                },
                {
                  "title": "الأدميرال",
                  "forceId": 1,
                  "citations": [{ "sourceId": 4, "quote": "قائد القيادة المركزية الأميركية، الأدميرال براد كوبر" }]
                }
              ],
              "sourceIds": [2, 4],
              "citations": [
                { "sourceId": 2, "quote": "قائد \"سنتكوم\"، الجنرال براد كوبر" },
                { "sourceId": 4, "quote": "قائد القيادة المركزية الأميركية، الأدميرال براد كوبر" }
              ],
              "notes": "Commander of CENTCOM as of 2025-11-13. Sputnik Arabic calls him general (الجنرال), Shafaq News admiral (الأدميرال)."
            }
            """,
        [typeof(ArrestRequest)] = """
            {
              "sourceIds": [3, 4],
              "citations": [
                { "sourceId": 3, "attributedTo": { "forceId": 3, "text": "قوات سوريا الديمقراطية" } },
                {
                  "sourceId": 4,
                  "quote": "أُلقي خلالها القبض على القيادي في تنظيم الدولة بهاء مسيري الملقب بـ\"أبو عبد الرحمن\"، وهو عراقي الجنسية",
                  "locator": "paragraph 8",
                  "attributedTo": { "forceId": 3, "text": "بيان قسد، 8 تشرين الثاني" }
                }
              ],
              "arrestingForceId": 3,
              "personIds": [1],
              "personName": "بهاء مسيري",
              "personAlias": "أبو عبد الرحمن",
              "personNationality": "IQ",
              "personRole": "ISIS leader",
              "count": { "best": 1 },
              "endDate": "2025-11-08",
              "country": "SY",
              "region": "Al-Hasakah",
              "locality": "al-Hol camp",
              "campId": 1,
              "latitude": 36.3749,
              "longitude": 41.1488
            }
            """,
        [typeof(DetaineeFigureRequest)] = """
            {
              "sourceIds": [4],
              "asOf": "2025-06-01",
              "datePrecision": "season",
              "facility": "prisons and camps in north-east Syria",
              "country": "SY",
              "count": { "best": 9000, "qualifier": "approximately" },
              "notes": "About 9,000 ISIS fighters held by coalition partners, as of mid-summer 2025."
            }
            """,
        [typeof(CampPopulationFigureRequest)] = """
            {
              "sourceIds": [1, 4],
              "citations": [
                { "sourceId": 1, "attributedTo": { "forceId": 1, "text": "CENTCOM" } },
                { "sourceId": 4, "quote": "إلى نحو 30 ألفاً فقط حالياً", "credibility": 3, "attributedTo": { "forceId": 1, "text": "القيادة المركزية" } }
              ],
              "campIds": [1, 2],
              "asOf": "2025-11-13",
              "count": { "best": 30000, "qualifier": "approximately" },
              "notes": "Down from 70,000 in 2019 (CENTCOM)."
            }
            """,
        [typeof(StrengthEstimateRequest)] = """
            {
              "sourceIds": [4],
              "forceId": 6,
              "countries": ["SY", "IQ"],
              "asOf": "2025-01-01",
              "datePrecision": "year",
              "count": { "best": 2750, "low": 2500, "high": 3000, "qualifier": "range" },
              "notes": "Active fighters in Syria and Iraq together in 2025, from the research reports Shafaq News cites."
            }
            """,
        [typeof(TransferRequest)] = """
            {
              "sourceIds": [4],
              "kind": "repatriation",
              "unit": "families",
              "startDate": "2025-11-01",
              "endDate": "2025-11-13",
              "datePrecision": "month",
              "fromCampIds": [1],
              "fromForceId": 3,
              "fromCountry": "SY",
              "toCountry": "IQ",
              "count": { "best": 180 },
              "notes": "The shape of a transfer only, not a reported one: the seed reports give no count of people moved out of al-Hol or Roj (docs/api.md)."
            }
            """,
        [typeof(EventRequest)] = """
            {
              "title": "Syria officially signed the agreement of accession to the Global Coalition, says Syria's UN envoy",
              "type": "agreement",
              "forceIds": [7, 2],
              "startDate": "2025-11-10",
              "endDate": "2025-11-13",
              "country": "US",
              "region": "District of Columbia",
              "locality": "Washington",
              "sourceIds": [4],
              "citations": [
                {
                  "sourceId": 4,
                  "quote": "سوريا وقعت رسمياً اتفاقية الانضمام إلى التحالف الدولي",
                  "attributedTo": { "forceId": 7, "text": "مندوب سوريا الدائم لدى الأمم المتحدة، إبراهيم علبي" }
                }
              ],
              "count": { "best": 1 },
              "notes": "Count: agreements signed. A claim that conflicts with the information minister's \"no agreement signed yet\" (Sputnik Arabic)."
            }
            """,
        [typeof(StatementRequest)] = """
            {
              "personId": 3,
              "madeOn": "2025-11-12",
              "datePrecision": "day",
              "medium": "interview",
              "quote": "التحالف السياسي يختلف عن عملية العزم المتأصل",
              "summary": "The political coalition is not Operation Inherent Resolve, the US-led military operations room against ISIS.",
              "about": [{ "kind": "forces", "id": 5 }, { "kind": "forces", "id": 2 }],
              "sourceIds": [2],
              "citations": [
                { "sourceId": 2, "quote": "قائلا إن \"التحالف السياسي يختلف عن عملية العزم المتأصل\"" }
              ],
              "notes": "The same telephone interview of 12 November 2025, in Sputnik Arabic."
            }
            """,
        [typeof(ApiKeyRequest)] = """
            { "name": "analyst-laptop", "role": "editor" }
            """,
    };

    /// <summary>A merge patch every record kind takes: its notes replaced, everything else kept.</summary>
    public const string MergePatch = """
        { "notes": "Checked against the CENTCOM statement of 13 November 2025." }
        """;
}
