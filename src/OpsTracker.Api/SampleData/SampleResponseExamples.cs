using OpsTracker.Api.Features.ApiKeys;
using OpsTracker.Api.Features.Arrests;
using OpsTracker.Api.Features.Audit;
using OpsTracker.Api.Features.CampPopulations;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.DetaineeFigures;
using OpsTracker.Api.Features.Events;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Imports;
using OpsTracker.Api.Features.Intake.Reports;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Features.Persons;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.Features.Statements;
using OpsTracker.Api.Features.Stats;
using OpsTracker.Api.Features.StrengthEstimates;
using OpsTracker.Api.Features.Transfers;
using OpsTracker.Api.RecordEngine.Paging;

namespace OpsTracker.Api.SampleData;

/// <summary>
/// What the API answers about the sample data: one record of each kind as GET answers it (its times aside, which are
/// those of the load), or, for a kind the seed reports give none of (transfers), the record its request example
/// creates; and the stats endpoints' answers without filters. SampleExamplesTests holds them to the
/// answers of a freshly loaded database.
/// </summary>
internal static class SampleResponseExamples
{
    public const string LoadedAt = "2025-11-13T12:00:00Z";

    /// <summary>The arrest of بهاء مسيري, as GET answers it and as his records list it.</summary>
    private static readonly string LeaderArrest = $$"""
            {
              "id": 2,
              "externalId": "sample:arrest:bahaa-musiri",
              "operationId": null,
              "arrestingForceId": 3,
              "personIds": [1],
              "personName": "بهاء مسيري",
              "personAlias": "أبو عبد الرحمن",
              "personNationality": "IQ",
              "personRole": "ISIS leader",
              "startDate": null,
              "endDate": "2025-11-08",
              "datePrecision": "day",
              "country": "SY",
              "region": "Al-Hasakah",
              "locality": "al-Hol camp",
              "campId": 1,
              "latitude": 36.3749,
              "longitude": 41.1488,
              "sourceIds": [3, 4],
              "citations": [
                {"sourceId": 3, "quote": null, "locator": null, "credibility": 6, "attributedTo": {"forceId": 3, "text": null} },
                {"sourceId": 4, "quote": "أُلقي خلالها القبض على القيادي في تنظيم الدولة بهاء مسيري الملقب بـ\"أبو عبد الرحمن\"، وهو عراقي الجنسية", "locator": null, "credibility": 6, "attributedTo": {"forceId": 3, "text": null} }
              ],
              "count": {"best": 1, "low": null, "high": null, "qualifier": "exact"},
              "status": "singleSource",
              "notes": "Bahaa Musiri, known as \"Abu Abdul Rahman\". Arrested by the SDF in coordination with the coalition inside al-Hol camp; on or before the SDF statement of 2025-11-08, as reported by Shafaq News.",
              "createdAt": "{{LoadedAt}}",
              "updatedAt": "{{LoadedAt}}"
            }
            """;

    public static IReadOnlyDictionary<Type, string> Bodies { get; } = new Dictionary<Type, string>
    {
        [typeof(ReportResponse)] = $$"""
            {
              "id": 1,
              "sourceId": 4,
              "language": "ar",
              "textSha256": "95470bbecfb172dc7fe0fa134a6c60ae1166d89eddd7fcdef272b7dcd573a4a4",
              "textLength": 444,
              "createdAt": "{{LoadedAt}}",
              "pending": 3,
              "drafts": [
                {
                  "n": 1,
                  "kind": "operations",
                  "record": {
                    "citations": [
                      {
                        "sourceId": 4,
                        "quote": "تنفيذ وتقديم المشورة والمساعدة في أكثر من 22 عملية أمنية ضد تنظيم داعش في سوريا خلال الشهر الماضي",
                        "attributedTo": {
                          "forceId": 1,
                          "text": "القيادة المركزية الأمريكية (سنتكوم)"
                        }
                      }
                    ],
                    "count": {
                      "best": 22,
                      "qualifier": "moreThan"
                    },
                    "title": "تنفيذ وتقديم المشورة والمساعدة في أكثر من 22 عملية أمنية ضد تنظيم داعش في سوريا خلال الشهر الماضي",
                    "type": "summary",
                    "forceIds": [
                      1
                    ],
                    "startDate": "2025-10-01",
                    "endDate": "2025-10-31",
                    "datePrecision": "month",
                    "country": "SY"
                  },
                  "status": "pending",
                  "confidence": 0.9,
                  "quotes": [
                    {
                      "text": "تنفيذ وتقديم المشورة والمساعدة في أكثر من 22 عملية أمنية ضد تنظيم داعش في سوريا خلال الشهر الماضي",
                      "start": 55,
                      "end": 152
                    }
                  ],
                  "attributedTo": {
                    "forceId": 1,
                    "text": "القيادة المركزية الأمريكية (سنتكوم)"
                  },
                  "unresolved": [],
                  "missing": [],
                  "recordId": null,
                  "decidedAt": null
                },
                {
                  "n": 2,
                  "kind": "camp-populations",
                  "record": {
                    "citations": [
                      {
                        "sourceId": 4,
                        "quote": "\"انخفض من 70 ألف شخص عام 2019 إلى نحو 30 ألفاً فقط حالياً\"",
                        "attributedTo": {
                          "forceId": 1,
                          "text": "القيادة المركزية"
                        }
                      }
                    ],
                    "count": {
                      "best": 70000,
                      "qualifier": "exact"
                    },
                    "campIds": [
                      1,
                      2
                    ],
                    "asOf": "2019-01-01",
                    "datePrecision": "year"
                  },
                  "status": "pending",
                  "confidence": 0.71,
                  "quotes": [
                    {
                      "text": "\"انخفض من 70 ألف شخص عام 2019 إلى نحو 30 ألفاً فقط حالياً\"",
                      "start": 298,
                      "end": 356
                    }
                  ],
                  "attributedTo": {
                    "forceId": 1,
                    "text": "القيادة المركزية"
                  },
                  "unresolved": [],
                  "missing": [],
                  "recordId": null,
                  "decidedAt": null
                },
                {
                  "n": 3,
                  "kind": "camp-populations",
                  "record": {
                    "citations": [
                      {
                        "sourceId": 4,
                        "quote": "\"انخفض من 70 ألف شخص عام 2019 إلى نحو 30 ألفاً فقط حالياً\"",
                        "attributedTo": {
                          "forceId": 1,
                          "text": "القيادة المركزية"
                        }
                      }
                    ],
                    "count": {
                      "best": 30000,
                      "qualifier": "approximately"
                    },
                    "campIds": [
                      1,
                      2
                    ],
                    "asOf": "2025-11-13",
                    "datePrecision": "day"
                  },
                  "status": "pending",
                  "confidence": 0.71,
                  "quotes": [
                    {
                      "text": "\"انخفض من 70 ألف شخص عام 2019 إلى نحو 30 ألفاً فقط حالياً\"",
                      "start": 298,
                      "end": 356
                    }
                  ],
                  "attributedTo": {
                    "forceId": 1,
                    "text": "القيادة المركزية"
                  },
                  "unresolved": [],
                  "missing": [],
                  "recordId": null,
                  "decidedAt": null
                }
              ]
            }
            """,
        [typeof(SourceTextResponse)] = $$"""
            {
              "sourceId": 4,
              "reportId": 1,
              "sha256": "95470bbecfb172dc7fe0fa134a6c60ae1166d89eddd7fcdef272b7dcd573a4a4",
              "language": "ar",
              "text": "أعلنت القيادة المركزية الأمريكية (سنتكوم)، يوم الخميس، تنفيذ وتقديم المشورة والمساعدة في أكثر من 22 عملية أمنية ضد تنظيم داعش في سوريا خلال الشهر الماضي، بالتعاون مع شركاء محليين.\n\nوفي السياق ذاته، ذكرت القيادة المركزية أن عدد النازحين في مخيمي (الهول) و(الروج) اللذين يضمان عائلات مقاتلي التنظيم، \"انخفض من 70 ألف شخص عام 2019 إلى نحو 30 ألفاً فقط حالياً\"، معتبرة أن \"هذا التراجع يسهم في تقليص فرص التأثير المتطرف، خصوصاً بين النساء والأطفال\"."
            }
            """,
        [typeof(DraftResponse)] = $$"""
            {
              "n": 2,
              "kind": "camp-populations",
              "record": {
                "citations": [
                  {
                    "sourceId": 4,
                    "quote": "\"انخفض من 70 ألف شخص عام 2019 إلى نحو 30 ألفاً فقط حالياً\"",
                    "attributedTo": {
                      "forceId": 1,
                      "text": "القيادة المركزية"
                    }
                  }
                ],
                "count": {
                  "best": 70000,
                  "qualifier": "exact"
                },
                "campIds": [
                  1,
                  2
                ],
                "asOf": "2019-01-01",
                "datePrecision": "year"
              },
              "status": "rejected",
              "confidence": 0.71,
              "quotes": [
                {
                  "text": "\"انخفض من 70 ألف شخص عام 2019 إلى نحو 30 ألفاً فقط حالياً\"",
                  "start": 298,
                  "end": 356
                }
              ],
              "attributedTo": {
                "forceId": 1,
                "text": "القيادة المركزية"
              },
              "unresolved": [],
              "missing": [],
              "recordId": null,
              "decidedAt": "{{LoadedAt}}"
            }
            """,
        [typeof(SourceResponse)] = $$"""
            {
              "id": 4,
              "externalId": "sample:source:shafaq-news-2025-11-13",
              "title": "Shafaq News report from Damascus relaying the CENTCOM statement of 13 November 2025",
              "publisher": "Shafaq News",
              "url": "https://shafaq.com/",
              "language": "ar",
              "publishedOn": "2025-11-13",
              "kind": "newsReport",
              "reliability": "F",
              "author": null,
              "archiveUrl": null,
              "retrievedOn": null,
              "relaysSourceIds": [1, 3],
              "notes": "Also reports the SDF statement of 2025-11-08 on an arrest in al-Hol camp, and research reports' camp figures.",
              "createdAt": "{{LoadedAt}}",
              "updatedAt": "{{LoadedAt}}"
            }
            """,
        [typeof(ForceResponse)] = $$"""
            {
              "id": 5,
              "externalId": "sample:force:cjtf-oir",
              "name": "Combined Joint Task Force – Operation Inherent Resolve",
              "acronym": "CJTF-OIR",
              "aliases": ["قوة المهام المشتركة – عملية العزم الصلب", "العزم الصلب", "العزم المتأصل"],
              "kind": "coalition",
              "parentId": 1,
              "notes": null,
              "createdAt": "{{LoadedAt}}",
              "updatedAt": "{{LoadedAt}}"
            }
            """,
        [typeof(CampResponse)] = $$"""
            {
              "id": 1,
              "externalId": "sample:camp:al-hol",
              "name": "al-Hol",
              "aliases": ["الهول", "Al Hol", "al-Hawl"],
              "country": "SY",
              "region": "Al-Hasakah",
              "latitude": 36.3749,
              "longitude": 41.1488,
              "notes": null,
              "createdAt": "{{LoadedAt}}",
              "updatedAt": "{{LoadedAt}}"
            }
            """,
        [typeof(OperationResponse)] = $$"""
            {
              "id": 1,
              "externalId": "sample:operation:syria-2025-10-01-2025-11-06",
              "title": "Operations against ISIS in Syria by CJTF-OIR with Syrian partners, 1 October to 6 November 2025",
              "type": "summary",
              "forceIds": [5],
              "startDate": "2025-10-01",
              "endDate": "2025-11-06",
              "datePrecision": "day",
              "country": "SY",
              "region": null,
              "locality": null,
              "campId": null,
              "latitude": null,
              "longitude": null,
              "sourceIds": [1, 2, 4],
              "citations": [
                {"sourceId": 1, "quote": null, "locator": null, "credibility": 6, "attributedTo": {"forceId": 1, "text": null} },
                {"sourceId": 2, "quote": "\"سنتكوم\": دعمنا أكثر من 22 عملية ضد \"داعش\" في سوريا", "locator": null, "credibility": 6, "attributedTo": {"forceId": 1, "text": null} },
                {"sourceId": 4, "quote": "تنفيذ وتقديم المشورة والمساعدة في أكثر من 22 عملية أمنية ضد تنظيم داعش في سوريا خلال الشهر الماضي", "locator": null, "credibility": 6, "attributedTo": {"forceId": 1, "text": null} }
              ],
              "count": {"best": 22, "low": null, "high": null, "qualifier": "moreThan"},
              "status": "singleSource",
              "notes": "\"More than 22 operations\", conducted or advised by CJTF-OIR with Syrian partners (CENTCOM).",
              "createdAt": "{{LoadedAt}}",
              "updatedAt": "{{LoadedAt}}"
            }
            """,
        [typeof(CasualtyResponse)] = $$"""
            {
              "id": 1,
              "externalId": "sample:casualty:isis-killed-2025-10-01-2025-11-06",
              "operationId": 1,
              "personIds": [],
              "affiliation": "isis",
              "outcome": "killed",
              "startDate": "2025-10-01",
              "endDate": "2025-11-06",
              "datePrecision": "day",
              "country": "SY",
              "region": null,
              "locality": null,
              "campId": null,
              "latitude": null,
              "longitude": null,
              "sourceIds": [1, 2, 4],
              "citations": [
                {"sourceId": 1, "quote": null, "locator": null, "credibility": 6, "attributedTo": {"forceId": 1, "text": null} },
                {"sourceId": 2, "quote": "العمليات المشتركة أسفرت عن مقتل 5 من عناصر \"داعش\"", "locator": null, "credibility": 6, "attributedTo": {"forceId": 1, "text": null} },
                {"sourceId": 4, "quote": "ما أدى إلى مقتل خمسة عناصر من التنظيم", "locator": null, "credibility": 6, "attributedTo": {"forceId": 1, "text": null} }
              ],
              "count": {"best": 5, "low": null, "high": null, "qualifier": "exact"},
              "status": "singleSource",
              "notes": "ISIS members killed in the same operations (CENTCOM).",
              "createdAt": "{{LoadedAt}}",
              "updatedAt": "{{LoadedAt}}"
            }
            """,
        [typeof(ArrestResponse)] = LeaderArrest,
        [typeof(PersonResponse)] = $$"""
            {
              "id": 1,
              "externalId": "sample:person:bahaa-musiri",
              "name": "بهاء مسيري",
              "aliases": ["Bahaa Musiri", "أبو عبد الرحمن"],
              "nationality": "IQ",
              "roles": [
                {
                  "title": "القيادي في تنظيم الدولة",
                  "forceId": 6,
                  "from": null,
                  "to": null,
                  "citations": [
                    {"sourceId": 4, "quote": "القيادي في تنظيم الدولة بهاء مسيري", "locator": null, "credibility": 6, "attributedTo": {"forceId": 3, "text": null} }
                  ]
                }
              ],
              "sourceIds": [3, 4],
              "citations": [
                {"sourceId": 3, "quote": null, "locator": null, "credibility": 6, "attributedTo": {"forceId": 3, "text": null} },
                {"sourceId": 4, "quote": "أُلقي خلالها القبض على القيادي في تنظيم الدولة بهاء مسيري الملقب بـ\"أبو عبد الرحمن\"، وهو عراقي الجنسية", "locator": null, "credibility": 6, "attributedTo": {"forceId": 3, "text": null} }
              ],
              "status": "singleSource",
              "notes": "Arrested by the SDF inside al-Hol camp (SDF statement of 2025-11-08, as reported by Shafaq News).",
              "createdAt": "{{LoadedAt}}",
              "updatedAt": "{{LoadedAt}}"
            }
            """,
        [typeof(PersonRecordsResponse)] = $$"""
            {
              "personId": 1,
              "kinds": [
                {"kind": "casualties", "fields": ["personIds"], "totalCount": 0, "records": []},
                {"kind": "arrests", "fields": ["personIds"], "totalCount": 1, "records": [{{LeaderArrest}}]},
                {"kind": "statements", "fields": ["personId", "about"], "totalCount": 1, "records": [{
                    "id": 11,
                    "externalId": "sample:statement:sdf-al-hol-operation-intelligence",
                    "personId": null,
                    "forceId": 3,
                    "madeOn": "2025-11-08",
                    "datePrecision": "day",
                    "medium": "pressRelease",
                    "quote": "العملية جاءت بعد اختراق استخباراتي دقيق لبنى التنظيم وخلاياه المتخفية داخل المخيم، ضمن الحرب المستمرة ضد الإرهاب ومحاولات التنظيم إعادة بناء شبكاته",
                    "summary": "The al-Hol operation followed a precise intelligence penetration of ISIS's structures and hidden cells in the camp, part of the continuing war on terrorism and on ISIS's attempts to rebuild its networks.",
                    "about": [
                      {
                        "kind": "arrests",
                        "id": 2
                      },
                      {
                        "kind": "camps",
                        "id": 1
                      },
                      {
                        "kind": "persons",
                        "id": 1
                      }
                    ],
                    "sourceIds": [
                      3,
                      4
                    ],
                    "citations": [
                      {
                        "sourceId": 3,
                        "quote": null,
                        "locator": null,
                        "credibility": 6,
                        "attributedTo": {
                          "forceId": 3,
                          "text": null
                        }
                      },
                      {
                        "sourceId": 4,
                        "quote": "وأوضحت “قسد” في بيان صدر في 8 تشرين الثاني أن العملية جاءت بعد اختراق استخباراتي دقيق لبنى التنظيم وخلاياه المتخفية داخل المخيم، ضمن الحرب المستمرة ضد الإرهاب ومحاولات التنظيم إعادة بناء شبكاته",
                        "locator": null,
                        "credibility": 6,
                        "attributedTo": {
                          "forceId": 3,
                          "text": null
                        }
                      }
                    ],
                    "status": "singleSource",
                    "notes": "The SDF statement of 8 November 2025 on the arrest of بهاء مسيري (arrest 2), in Shafaq News's words: the report gives its content, not a quotation.",
                    "createdAt": "{{LoadedAt}}",
                    "updatedAt": "{{LoadedAt}}"
                  }]}
              ]
            }
            """,
        [typeof(DetaineeFigureResponse)] = $$"""
            {
              "id": 1,
              "externalId": "sample:detainees:nes-prisons-mid-2025",
              "asOf": "2025-06-01",
              "datePrecision": "season",
              "facility": "prisons and camps in north-east Syria",
              "custodianForceId": null,
              "country": "SY",
              "region": null,
              "locality": null,
              "campId": null,
              "latitude": null,
              "longitude": null,
              "sourceIds": [4],
              "citations": [
                {"sourceId": 4, "quote": "يقدر بنحو 9,000 معتقل/مقاتل محتجز", "locator": null, "credibility": 6, "attributedTo": {"forceId": null, "text": "التقارير السنوية"} }
              ],
              "count": {"best": 9000, "low": null, "high": null, "qualifier": "approximately"},
              "status": "singleSource",
              "notes": "About 9,000 ISIS fighters held by coalition partners, as of mid-summer 2025 (\"حتى منتصف صيف 2025\").",
              "createdAt": "{{LoadedAt}}",
              "updatedAt": "{{LoadedAt}}"
            }
            """,
        [typeof(CampPopulationFigureResponse)] = $$"""
            {
              "id": 3,
              "externalId": "sample:camps:al-hol-roj-2025-11-13",
              "campIds": [1, 2],
              "asOf": "2025-11-13",
              "datePrecision": "day",
              "sourceIds": [1, 4],
              "citations": [
                {"sourceId": 1, "quote": null, "locator": null, "credibility": 6, "attributedTo": {"forceId": 1, "text": null} },
                {"sourceId": 4, "quote": "إلى نحو 30 ألفاً فقط حالياً", "locator": null, "credibility": 6, "attributedTo": {"forceId": 1, "text": null} }
              ],
              "count": {"best": 30000, "low": null, "high": null, "qualifier": "approximately"},
              "status": "singleSource",
              "notes": "About 30,000 (CENTCOM).",
              "createdAt": "{{LoadedAt}}",
              "updatedAt": "{{LoadedAt}}"
            }
            """,
        [typeof(StrengthEstimateResponse)] = $$"""
            {
              "id": 1,
              "externalId": "sample:strength:isis-syria-iraq-2025",
              "forceId": 6,
              "countries": ["SY", "IQ"],
              "region": null,
              "asOf": "2025-01-01",
              "datePrecision": "year",
              "sourceIds": [4],
              "citations": [
                {"sourceId": 4, "quote": "العدد التقديري للمقاتلين النشطين في (سوريا + العراق) عام 2025: حوالي 2,500–3,000 مقاتل", "locator": null, "credibility": 6, "attributedTo": {"forceId": null, "text": "التقارير البحثية"} }
              ],
              "count": { "best": 2750, "low": 2500, "high": 3000, "qualifier": "range" },
              "status": "singleSource",
              "notes": "About 2,500–3,000 active ISIS fighters in Syria and Iraq in 2025, from research reports cited by Shafaq News.",
              "createdAt": "{{LoadedAt}}",
              "updatedAt": "{{LoadedAt}}"
            }
            """,
        [typeof(StatementResponse)] = $$"""
            {
              "id": 1,
              "externalId": "sample:statement:mustafa-not-part-of-oir",
              "personId": 3,
              "forceId": null,
              "madeOn": "2025-11-12",
              "datePrecision": "day",
              "medium": "interview",
              "quote": "سوريا ليست جزءا من عملية العزم المتأصل التي تنفذ عمليات هذا التحالف",
              "summary": "Syria is not part of Operation Inherent Resolve, which carries out the coalition's operations: joining the coalition is political.",
              "about": [{"kind": "forces", "id": 5}, {"kind": "forces", "id": 2}],
              "sourceIds": [2],
              "citations": [
                {"sourceId": 2, "quote": "وأضاف أن \"سوريا ليست جزءا من عملية العزم المتأصل التي تنفذ عمليات هذا التحالف\"", "locator": null, "credibility": 6}
              ],
              "status": "singleSource",
              "notes": "A telephone interview with a US news agency on Wednesday 12 November 2025 (\"أمس الأربعاء\" in Sputnik Arabic of 13 November).",
              "createdAt": "{{LoadedAt}}",
              "updatedAt": "{{LoadedAt}}"
            }
            """,
        [typeof(TransferResponse)] = $$"""
            {
              "id": 1,
              "externalId": null,
              "kind": "repatriation",
              "unit": "families",
              "startDate": "2025-11-01",
              "endDate": "2025-11-13",
              "datePrecision": "month",
              "fromCampIds": [1],
              "fromFacility": null,
              "fromForceId": 3,
              "fromCountry": "SY",
              "toCountry": "IQ",
              "toForceId": null,
              "sourceIds": [4],
              "citations": [
                {"sourceId": 4, "quote": null, "locator": null, "credibility": 6 }
              ],
              "count": { "best": 180, "low": null, "high": null, "qualifier": "exact" },
              "status": "singleSource",
              "notes": "The shape of a transfer only, not a reported one: the seed reports give no count of people moved out of al-Hol or Roj (docs/api.md).",
              "createdAt": "{{LoadedAt}}",
              "updatedAt": "{{LoadedAt}}"
            }
            """,
        [typeof(EventResponse)] = $$"""
            {
              "id": 1,
              "externalId": "sample:event:syria-joins-coalition-90th-member",
              "title": "Syria to join the Global Coalition to Defeat ISIS as its 90th member",
              "type": "coalitionMembership",
              "forceIds": [2, 7],
              "startDate": "2025-11-10",
              "endDate": null,
              "datePrecision": "day",
              "country": "US",
              "region": "District of Columbia",
              "locality": "Washington",
              "campId": null,
              "latitude": null,
              "longitude": null,
              "sourceIds": [2],
              "citations": [
                {"sourceId": 2, "quote": "خلال الزيارة أعلنت سوريا أنها ستنضم إلى التحالف الدولي، وبذلك ستصبح العضو التسعين فيه", "locator": null, "credibility": 6, "attributedTo": {"forceId": null, "text": "مسؤول أمريكي طلب عدم الكشف عن هويته"} }
              ],
              "count": { "best": 90, "low": null, "high": null, "qualifier": "exact" },
              "status": "singleSource",
              "notes": "Announced during President Ahmed al-Sharaa's visit to Washington (his meeting with President Trump on Monday 10 November). An anonymous US official: Syria will be the coalition's 90th member; Syria's information minister gives the coalition 89 member states before it (\"والذي يضم 89 دولة\", Sputnik Arabic).",
              "createdAt": "{{LoadedAt}}",
              "updatedAt": "{{LoadedAt}}"
            }
            """,
        [typeof(SummaryResponse)] = """
            {
              "operations": { "best": 22, "low": 23, "high": null, "records": 1 },
              "killed": { "best": 5, "low": 5, "high": 5, "records": 1 },
              "wounded": { "best": 0, "low": 0, "high": 0, "records": 0 },
              "arrested": { "best": 20, "low": 20, "high": 20, "records": 2 }
            }
            """,
        // The sample data's records agree with each other: no pair conflicts (querying.md shows a pair that does).
        [typeof(PagedResponse<ConflictPair>)] = """
            { "items": [], "page": 1, "pageSize": 50, "totalCount": 0, "count": "exact", "nextCursor": null }
            """,
        [typeof(TimeSeriesResponse)] = """
            {
              "metric": "killed",
              "interval": "month",
              "from": "2025-10-01",
              "to": "2025-10-01",
              "buckets": [{ "start": "2025-10-01", "end": "2025-10-31", "best": 5, "low": 5, "high": 5, "records": 1 }]
            }
            """,
        [typeof(SeriesResponse<CampPopulationSeries>)] = """
            {
              "series": [{
                "campIds": [1, 2],
                "campNames": ["al-Hol", "Roj"],
                "figures": [
                  {
                    "id": 1, "asOf": "2019-01-01", "datePrecision": "year",
                    "count": { "best": 70000, "low": null, "high": null, "qualifier": "exact" }, "low": 70000, "high": 70000,
                    "sources": [
                      { "id": 1, "title": "CENTCOM statement on operations against ISIS in Syria, 13 November 2025",
                        "publisher": "US Central Command (CENTCOM)", "publishedOn": "2025-11-13", "reliability": "F", "url": null },
                      { "id": 4, "title": "Shafaq News report from Damascus relaying the CENTCOM statement of 13 November 2025",
                        "publisher": "Shafaq News", "publishedOn": "2025-11-13", "reliability": "F", "url": "https://shafaq.com/" }
                    ],
                    "notes": "In 2019.", "conflicting": false, "conflictsWith": []
                  },
                  {
                    "id": 2, "asOf": "2025-06-01", "datePrecision": "season",
                    "count": { "best": 31000, "low": null, "high": null, "qualifier": "approximately" }, "low": 31000, "high": 31000,
                    "sources": [{ "id": 4, "title": "Shafaq News report from Damascus relaying the CENTCOM statement of 13 November 2025",
                      "publisher": "Shafaq News", "publishedOn": "2025-11-13", "reliability": "F", "url": "https://shafaq.com/" }],
                    "notes": "About 31,000 as of mid-summer 2025, from research reports cited by Shafaq News.", "conflicting": false, "conflictsWith": []
                  },
                  {
                    "id": 3, "asOf": "2025-11-13", "datePrecision": "day",
                    "count": { "best": 30000, "low": null, "high": null, "qualifier": "approximately" }, "low": 30000, "high": 30000,
                    "sources": [
                      { "id": 1, "title": "CENTCOM statement on operations against ISIS in Syria, 13 November 2025",
                        "publisher": "US Central Command (CENTCOM)", "publishedOn": "2025-11-13", "reliability": "F", "url": null },
                      { "id": 4, "title": "Shafaq News report from Damascus relaying the CENTCOM statement of 13 November 2025",
                        "publisher": "Shafaq News", "publishedOn": "2025-11-13", "reliability": "F", "url": "https://shafaq.com/" }
                    ],
                    "notes": "About 30,000 (CENTCOM).", "conflicting": false, "conflictsWith": []
                  }
                ]
              }]
            }
            """,
        [typeof(SeriesResponse<DetaineeFigureSeries>)] = """
            {
              "series": [{
                "facility": "prisons and camps in north-east Syria",
                "figures": [{
                  "id": 1, "asOf": "2025-06-01", "datePrecision": "season",
                  "count": { "best": 9000, "low": null, "high": null, "qualifier": "approximately" }, "low": 9000, "high": 9000,
                  "sources": [{ "id": 4, "title": "Shafaq News report from Damascus relaying the CENTCOM statement of 13 November 2025",
                    "publisher": "Shafaq News", "publishedOn": "2025-11-13", "reliability": "F", "url": "https://shafaq.com/" }],
                  "notes": "About 9,000 ISIS fighters held by coalition partners, as of mid-summer 2025 (\"حتى منتصف صيف 2025\").", "conflicting": false, "conflictsWith": []
                }]
              }]
            }
            """,
        [typeof(SeriesResponse<StrengthEstimateSeries>)] = """
            {
              "series": [{
                "forceId": 6,
                "forceName": "Islamic State",
                "countries": ["IQ", "SY"],
                "region": null,
                "figures": [{
                  "id": 1, "asOf": "2025-01-01", "datePrecision": "year",
                  "count": { "best": 2750, "low": 2500, "high": 3000, "qualifier": "range" }, "low": 2500, "high": 3000,
                  "sources": [{ "id": 4, "title": "Shafaq News report from Damascus relaying the CENTCOM statement of 13 November 2025",
                    "publisher": "Shafaq News", "publishedOn": "2025-11-13", "reliability": "F", "url": "https://shafaq.com/" }],
                  "notes": "About 2,500–3,000 active ISIS fighters in Syria and Iraq in 2025, from research reports cited by Shafaq News.",
                  "conflicting": false, "conflictsWith": []
                }]
              }]
            }
            """,
        [typeof(TransferTotalsResponse)] = """
            {
              "interval": "month",
              "from": null,
              "to": null,
              "units": [
                { "unit": "individuals", "total": { "best": 0, "low": 0, "high": 0, "records": 0 }, "buckets": [] },
                { "unit": "families", "total": { "best": 0, "low": 0, "high": 0, "records": 0 }, "buckets": [] }
              ]
            }
            """,
        [typeof(ImportReport)] = """
            { "inserted": 1, "updated": 0, "unchanged": 0, "dryRun": false }
            """,
        [typeof(ApiKeyResponse)] = $$"""
            { "id": 1, "name": "analyst-laptop", "role": "editor", "createdAt": "{{LoadedAt}}", "revokedAt": null }
            """,
        [typeof(CreatedApiKeyResponse)] = $$"""
            {
              "id": 1, "name": "analyst-laptop", "role": "editor", "createdAt": "{{LoadedAt}}", "revokedAt": null,
              "key": "opk_3q2-7wT0cJ6mVfXbYk1LzNsR8uHgAe4oPiD5yK9tQjM"
            }
            """,
        [typeof(AuditEntryResponse)] = $$"""
            {
              "id": 12,
              "at": "{{LoadedAt}}",
              "keyName": "sample-data",
              "resource": "casualties",
              "recordId": 1,
              "action": "create",
              "version": 1,
              "before": null,
              "after": {
                "id": 1, "externalId": "sample:casualty:isis-killed-2025-10-01-2025-11-06", "operationId": 1, "affiliation": "isis",
                "outcome": "killed", "startDate": "2025-10-01", "endDate": "2025-11-06", "datePrecision": "day", "country": "SY",
                "region": null, "locality": null, "campId": null, "latitude": null, "longitude": null, "sourceIds": [1, 2, 4],
                "citations": [
                  {"sourceId": 1, "quote": null, "locator": null, "credibility": 6, "attributedTo": {"forceId": 1, "text": null} },
                  {"sourceId": 2, "quote": "العمليات المشتركة أسفرت عن مقتل 5 من عناصر \"داعش\"", "locator": null, "credibility": 6, "attributedTo": {"forceId": 1, "text": null} },
                  {"sourceId": 4, "quote": "ما أدى إلى مقتل خمسة عناصر من التنظيم", "locator": null, "credibility": 6, "attributedTo": {"forceId": 1, "text": null} }
                ],
                "count": { "best": 5, "low": null, "high": null, "qualifier": "exact" }, "status": "singleSource",
                "notes": "ISIS members killed in the same operations (CENTCOM).", "createdAt": "{{LoadedAt}}", "updatedAt": "{{LoadedAt}}"
              },
              "importId": null
            }
            """,
        [typeof(DeletionResponse)] = """
            { "resource": "casualties", "id": 7, "deletedAt": "2025-11-20T09:30:00Z" }
            """,
    };
}
