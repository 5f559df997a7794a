using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Arrests;
using OpsTracker.Api.Features.Audit;
using OpsTracker.Api.Features.CampPopulations;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.DetaineeFigures;
using OpsTracker.Api.Features.Events;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Intake.Extraction;
using OpsTracker.Api.Features.Intake.Reports;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Features.Persons;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.Features.Statements;
using OpsTracker.Api.Features.StrengthEstimates;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Definitions;

namespace OpsTracker.Api.SampleData;

/// <summary>
/// Loads a small, real dataset into an empty database so a newcomer sees records at once: a CENTCOM statement of
/// 2025-11-13 and an SDF statement of 2025-11-08 as relayed by two Arabic news reports (Sputnik Arabic, Shafaq News,
/// the seed reports), and the figures they give, each citing the sources that give it with their words (quotes kept
/// in Arabic as the reports wrote them) and who they attribute the claim to, with the research reports' estimate of ISIS fighters that Shafaq News cites, the claims both reports relay about Syria's accession to the Global Coalition (events), the people they name and
/// what those people, CENTCOM and the SDF are quoted as saying (statements). docs/api.md lists every fact of the reports with the
/// record that holds it. Every record has an externalId starting "sample:", so scripts can tell the sample records apart.
/// </summary>
public static class SampleDataSeeder
{
    /// <summary>The name the sample records' audit entries carry.</summary>
    public const string KeyName = "sample-data";

    private static readonly DateOnly ReportDay = new(2025, 11, 13);
    private static readonly DateOnly PeriodStart = new(2025, 10, 1);
    private static readonly DateOnly PeriodEnd = new(2025, 11, 6);

    // "حتى منتصف صيف 2025" (as of mid-summer 2025), at season precision: the season's first day stands for it.
    private static readonly DateOnly MidSummer2025 = new(2025, 6, 1);

    // The camps' places (WGS84), which the records that happen in them share: al-Hol camp on the southern edge of
    // al-Hawl town, Roj camp in al-Malikiyah district near the Iraqi border.
    private const double AlHolLatitude = 36.3749;
    private const double AlHolLongitude = 41.1488;

    /// <summary>Loads the sample data into an empty database, unless <c>SampleData:Enabled</c> is false.</summary>
    public static Task SeedIfEnabledAsync(IServiceProvider services, OpsTrackerDbContext db) =>
        services.GetRequiredService<IConfiguration>().GetValue("SampleData:Enabled", true)
            ? SeedIfEmptyAsync(db, services.GetRequiredService<RecordKinds>())
            : Task.CompletedTask;

    public static async Task SeedIfEmptyAsync(OpsTrackerDbContext db, RecordKinds kinds, CancellationToken cancellationToken = default)
    {
        // Deleted records count: a database whose records were all deleted is not new, and gets no sample data again.
        if (await db.Set<Source>().IgnoreQueryFilters().AnyAsync(cancellationToken) || await db.Set<Force>().IgnoreQueryFilters().AnyAsync(cancellationToken)
            || await db.Set<Camp>().IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var centcomStatement = new Source
        {
            ExternalId = "sample:source:centcom-2025-11-13",
            Title = "CENTCOM statement on operations against ISIS in Syria, 13 November 2025",
            Publisher = "US Central Command (CENTCOM)",
            Language = "en",
            PublishedOn = ReportDay,
            Kind = SourceKind.OfficialStatement,
            Notes = "Known here through the two Arabic news reports that relay it.",
        };
        var sdfStatement = new Source
        {
            ExternalId = "sample:source:sdf-2025-11-08",
            Title = "SDF statement on an arrest in al-Hol camp, 8 November 2025",
            Publisher = "Syrian Democratic Forces (SDF)",
            Language = "ar",
            PublishedOn = new DateOnly(2025, 11, 8),
            Kind = SourceKind.OfficialStatement,
            Notes = "Known here through the news report that relays it.",
        };
        var sputnikArabic = new Source
        {
            ExternalId = "sample:source:sputnik-arabic-2025-11-13",
            Title = "Sputnik Arabic report relaying the CENTCOM statement of 13 November 2025",
            Publisher = "Sputnik Arabic",
            Url = "https://sarabic.ae/20251113/منذ-أكتوبر-سنتكوم-دعمنا-أكثر-من-22-عملية-ضد-داعش-في-سوريا-1107070880.html",
            Language = "ar",
            PublishedOn = ReportDay,
            Kind = SourceKind.NewsReport,
        };
        var shafaqNews = new Source
        {
            ExternalId = "sample:source:shafaq-news-2025-11-13",
            Title = "Shafaq News report from Damascus relaying the CENTCOM statement of 13 November 2025",
            Publisher = "Shafaq News",
            Url = "https://shafaq.com/",
            Language = "ar",
            PublishedOn = ReportDay,
            Kind = SourceKind.NewsReport,
            Notes = "Also reports the SDF statement of 2025-11-08 on an arrest in al-Hol camp, and research reports' camp figures.",
        };

        // Each relay refers to the statements it relays, so they are stored first, one at a time (ids 1 to 4, in the
        // order of docs/samples/01-sources.csv).
        foreach (var source in new[] { centcomStatement, sputnikArabic, sdfStatement, shafaqNews })
        {
            if (source == sputnikArabic)
            {
                source.RelayLinks.Add(new SourceRelay { RelayedSourceId = centcomStatement.Id });
            }
            else if (source == shafaqNews)
            {
                source.RelayLinks.AddRange([new SourceRelay { RelayedSourceId = centcomStatement.Id }, new SourceRelay { RelayedSourceId = sdfStatement.Id }]);
            }

            db.Set<Source>().Add(source);
            await db.SaveChangesAsync(cancellationToken);
        }


        var centcom = new Force
        {
            ExternalId = "sample:force:centcom",
            Name = "US Central Command",
            Acronym = "CENTCOM",
            Aliases = ["القيادة المركزية الأمريكية", "سنتكوم"],
            Kind = ForceKind.StateForce,
        };
        var globalCoalition = new Force
        {
            ExternalId = "sample:force:global-coalition",
            Name = "Global Coalition to Defeat ISIS",
            Aliases = ["التحالف الدولي", "Global Coalition Against Daesh"],
            Kind = ForceKind.Coalition,
        };
        var sdf = new Force
        {
            ExternalId = "sample:force:sdf",
            Name = "Syrian Democratic Forces",
            Acronym = "SDF",
            Aliases = ["قوات سوريا الديمقراطية", "قسد"],
            Kind = ForceKind.PartnerForce,
        };
        var iraqiSecurityForces = new Force
        {
            ExternalId = "sample:force:isf",
            Name = "Iraqi Security Forces",
            Acronym = "ISF",
            Aliases = ["القوات الأمنية العراقية"],
            Kind = ForceKind.StateForce,
        };
        db.Set<Force>().AddRange(centcom, globalCoalition, sdf, iraqiSecurityForces);

        var alHol = new Camp
        {
            ExternalId = "sample:camp:al-hol",
            Name = "al-Hol",
            Aliases = ["الهول", "Al Hol", "al-Hawl"],
            Country = "SY",
            Region = "Al-Hasakah",
            Latitude = AlHolLatitude,
            Longitude = AlHolLongitude,
        };
        var roj = new Camp
        {
            ExternalId = "sample:camp:roj",
            Name = "Roj",
            Aliases = ["روج"],
            Country = "SY",
            Region = "Al-Hasakah",
            Latitude = 36.7306,
            Longitude = 42.0578,
        };
        db.Set<Camp>().AddRange(alHol, roj);
        await db.SaveChangesAsync(cancellationToken);

        // CJTF-OIR is under CENTCOM, so it can only be added once CENTCOM has its id.
        var cjtfOir = new Force
        {
            ExternalId = "sample:force:cjtf-oir",
            Name = "Combined Joint Task Force – Operation Inherent Resolve",
            Acronym = "CJTF-OIR",
            Aliases = ["قوة المهام المشتركة – عملية العزم الصلب", "العزم الصلب", "العزم المتأصل"],
            Kind = ForceKind.Coalition,
            ParentId = centcom.Id,
        };
        db.Set<Force>().Add(cjtfOir);
        await db.SaveChangesAsync(cancellationToken);

        var isis = new Force
        {
            ExternalId = "sample:force:isis",
            Name = "Islamic State",
            Acronym = "ISIS",
            Aliases = ["داعش", "تنظيم الدولة الإسلامية", "Daesh"],
            Kind = ForceKind.InsurgentGroup,
        };
        db.Set<Force>().Add(isis);
        await db.SaveChangesAsync(cancellationToken);

        // Syria's government, a party to its accession to the Global Coalition (the events below). Its aliases are
        // words the Shafaq report, read into drafts below, does not use, so the drafts are what they were without it.
        var syrianGovernment = new Force
        {
            ExternalId = "sample:force:syrian-government",
            Name = "Government of Syria",
            Aliases = ["الحكومة السورية", "Syrian government"],
            Kind = ForceKind.StateForce,
            Notes = "The transitional government of President Ahmed al-Sharaa.",
        };
        db.Set<Force>().Add(syrianGovernment);
        await db.SaveChangesAsync(cancellationToken);

        // The CENTCOM statement is cited for what it said, known through the reports that relay it (no quote of its
        // own); each report is cited with its own words.
        Claim Statement(Force by) => new(centcomStatement.Id, null, by.Id, null);
        Claim Sputnik(string quote) => new(sputnikArabic.Id, quote, centcom.Id, null);
        Claim Shafaq(string quote, Force? by = null, string? byText = null) => new(shafaqNews.Id, quote, by?.Id ?? (byText is null ? centcom.Id : null), byText);

        // The persons the reports name, each with the rank or post each report gives them, in its words.
        var bahaaMusiri = new Person
        {
            ExternalId = "sample:person:bahaa-musiri",
            Name = "بهاء مسيري",
            Aliases = ["Bahaa Musiri", "أبو عبد الرحمن"],
            Nationality = "IQ",
            Notes = "Arrested by the SDF inside al-Hol camp (SDF statement of 2025-11-08, as reported by Shafaq News).",
        };
        bahaaMusiri.SourceLinks.AddRange(Cite<PersonSource>(
            new Claim(sdfStatement.Id, null, sdf.Id, null),
            Shafaq("أُلقي خلالها القبض على القيادي في تنظيم الدولة بهاء مسيري الملقب بـ\"أبو عبد الرحمن\"، وهو عراقي الجنسية", sdf)));
        bahaaMusiri.Roles.Add(new PersonRole { Position = 0, Title = "القيادي في تنظيم الدولة", ForceId = isis.Id });
        bahaaMusiri.RoleCitations.AddRange(CiteRole(0, Shafaq("القيادي في تنظيم الدولة بهاء مسيري", sdf)));

        // The two reports give CENTCOM's commander different ranks: both claims are kept, each with its report's words.
        var bradCooper = new Person
        {
            ExternalId = "sample:person:brad-cooper",
            Name = "براد كوبر",
            Aliases = ["Brad Cooper"],
            Nationality = "US",
            Notes = "Commander of CENTCOM as of 2025-11-13. Sputnik Arabic calls him general (الجنرال), Shafaq News admiral (الأدميرال).",
        };
        bradCooper.SourceLinks.AddRange(Cite<PersonSource>(
            new Claim(sputnikArabic.Id, "قائد \"سنتكوم\"، الجنرال براد كوبر", null, null),
            new Claim(shafaqNews.Id, "قائد القيادة المركزية الأميركية، الأدميرال براد كوبر", null, null)));
        bradCooper.Roles.AddRange(
            new PersonRole { Position = 0, Title = "الجنرال", ForceId = centcom.Id },
            new PersonRole { Position = 1, Title = "الأدميرال", ForceId = centcom.Id });
        bradCooper.RoleCitations.AddRange(CiteRole(0, new Claim(sputnikArabic.Id, "قائد \"سنتكوم\"، الجنرال براد كوبر", null, null)));
        bradCooper.RoleCitations.AddRange(CiteRole(1, new Claim(shafaqNews.Id, "قائد القيادة المركزية الأميركية، الأدميرال براد كوبر", null, null)));

        var hamzaAlMustafa = new Person
        {
            ExternalId = "sample:person:hamza-al-mustafa",
            Name = "حمزة المصطفى",
            Aliases = ["Hamza al-Mustafa"],
            Nationality = "SY",
            Notes = "Syria's information minister.",
        };
        hamzaAlMustafa.SourceLinks.AddRange(Cite<PersonSource>(
            new Claim(sputnikArabic.Id, "وزير الإعلام السوري حمزة المصطفى", null, null),
            new Claim(shafaqNews.Id, "وزير الإعلام السوري، حمزة المصطفى", null, null)));
        hamzaAlMustafa.Roles.Add(new PersonRole { Position = 0, Title = "وزير الإعلام السوري" });
        hamzaAlMustafa.RoleCitations.AddRange(CiteRole(0,
            new Claim(sputnikArabic.Id, "وزير الإعلام السوري حمزة المصطفى", null, null),
            new Claim(shafaqNews.Id, "وزير الإعلام السوري، حمزة المصطفى", null, null)));

        var ibrahimOlabi = new Person
        {
            ExternalId = "sample:person:ibrahim-olabi",
            Name = "إبراهيم علبي",
            Aliases = ["Ibrahim Olabi"],
            Nationality = "SY",
            Notes = "Syria's permanent representative to the United Nations.",
        };
        ibrahimOlabi.SourceLinks.AddRange(Cite<PersonSource>(new Claim(shafaqNews.Id, "مندوب سوريا الدائم لدى الأمم المتحدة، إبراهيم علبي", null, null)));
        ibrahimOlabi.Roles.Add(new PersonRole { Position = 0, Title = "مندوب سوريا الدائم لدى الأمم المتحدة" });
        ibrahimOlabi.RoleCitations.AddRange(CiteRole(0, new Claim(shafaqNews.Id, "مندوب سوريا الدائم لدى الأمم المتحدة، إبراهيم علبي", null, null)));


        // Syria's president, as each report titles him (Shafaq News adds "in the transitional phase"), and the US
        // president the information minister names: each title cited in its report's words.
        var ahmedAlSharaa = new Person
        {
            ExternalId = "sample:person:ahmed-al-sharaa",
            Name = "أحمد الشرع",
            Aliases = ["Ahmed al-Sharaa"],
            Nationality = "SY",
            Notes = "Syria's president (الرئيس السوري, Sputnik Arabic); Shafaq News calls him president in the transitional phase (الرئيس السوري في المرحلة الانتقالية). Visited Washington, where he met President Trump on Monday 10 November 2025.",
        };
        ahmedAlSharaa.SourceLinks.AddRange(Cite<PersonSource>(
            new Claim(sputnikArabic.Id, "الرئيس السوري أحمد الشرع", null, null),
            new Claim(shafaqNews.Id, "الرئيس السوري في المرحلة الانتقالية أحمد الشرع", null, null)));
        ahmedAlSharaa.Roles.AddRange(
            new PersonRole { Position = 0, Title = "الرئيس السوري", ForceId = syrianGovernment.Id },
            new PersonRole { Position = 1, Title = "الرئيس السوري في المرحلة الانتقالية", ForceId = syrianGovernment.Id });
        ahmedAlSharaa.RoleCitations.AddRange(CiteRole(0, new Claim(sputnikArabic.Id, "الرئيس السوري أحمد الشرع", null, null)));
        ahmedAlSharaa.RoleCitations.AddRange(CiteRole(1, new Claim(shafaqNews.Id, "الرئيس السوري في المرحلة الانتقالية أحمد الشرع", null, null)));

        var donaldTrump = new Person
        {
            ExternalId = "sample:person:donald-trump",
            Name = "دونالد ترامب",
            Aliases = ["Donald Trump"],
            Nationality = "US",
            Notes = "Named by Syria's information minister (Sputnik Arabic): President al-Sharaa met him in Washington on Monday 10 November 2025.",
        };
        donaldTrump.SourceLinks.AddRange(Cite<PersonSource>(new Claim(sputnikArabic.Id, "الرئيس الأمريكي دونالد ترامب", null, null)));
        donaldTrump.Roles.Add(new PersonRole { Position = 0, Title = "الرئيس الأمريكي" });
        donaldTrump.RoleCitations.AddRange(CiteRole(0, new Claim(sputnikArabic.Id, "الرئيس الأمريكي دونالد ترامب", null, null)));

        // One at a time, so their ids follow the order of docs/samples/04-persons.csv.
        foreach (var person in new[] { bahaaMusiri, bradCooper, hamzaAlMustafa, ibrahimOlabi, ahmedAlSharaa, donaldTrump })
        {
            db.Set<Person>().Add(person);
            await db.SaveChangesAsync(cancellationToken);
        }

        var operations = new Operation
        {
            ExternalId = "sample:operation:syria-2025-10-01-2025-11-06",
            Title = "Operations against ISIS in Syria by CJTF-OIR with Syrian partners, 1 October to 6 November 2025",
            Type = OperationType.Summary,
            StartDate = PeriodStart,
            EndDate = PeriodEnd,
            Country = "SY",
            Count = new ReportedCount { Best = 22, Qualifier = CountQualifier.MoreThan },
            Notes = "\"More than 22 operations\", conducted or advised by CJTF-OIR with Syrian partners (CENTCOM).",
        };
        operations.ForceLinks.Add(new OperationForce { ForceId = cjtfOir.Id });
        operations.SourceLinks.AddRange(Cite<OperationSource>(
            Statement(centcom),
            Sputnik("\"سنتكوم\": دعمنا أكثر من 22 عملية ضد \"داعش\" في سوريا"),
            Shafaq("تنفيذ وتقديم المشورة والمساعدة في أكثر من 22 عملية أمنية ضد تنظيم داعش في سوريا خلال الشهر الماضي")));
        db.Set<Operation>().Add(operations);
        await db.SaveChangesAsync(cancellationToken);

        var killed = new Casualty
        {
            ExternalId = "sample:casualty:isis-killed-2025-10-01-2025-11-06",
            OperationId = operations.Id,
            Affiliation = CasualtyAffiliation.Isis,
            Outcome = CasualtyOutcome.Killed,
            StartDate = PeriodStart,
            EndDate = PeriodEnd,
            Country = "SY",
            Count = new ReportedCount { Best = 5 },
            Notes = "ISIS members killed in the same operations (CENTCOM).",
        };
        killed.SourceLinks.AddRange(Cite<CasualtySource>(
            Statement(centcom),
            Sputnik("العمليات المشتركة أسفرت عن مقتل 5 من عناصر \"داعش\""),
            Shafaq("ما أدى إلى مقتل خمسة عناصر من التنظيم")));

        var arrested = new Arrest
        {
            ExternalId = "sample:arrest:isis-arrested-2025-10-01-2025-11-06",
            OperationId = operations.Id,
            StartDate = PeriodStart,
            EndDate = PeriodEnd,
            Country = "SY",
            Count = new ReportedCount { Best = 19 },
            Notes = "ISIS members arrested in the same operations (CENTCOM).",
        };
        arrested.SourceLinks.AddRange(Cite<ArrestSource>(
            Statement(centcom),
            Sputnik("والقبض على 19 آخرين"),
            Shafaq("واعتقال 19 آخرين")));

        var leaderArrest = new Arrest
        {
            ExternalId = "sample:arrest:bahaa-musiri",
            ArrestingForceId = sdf.Id,

            // On or before the statement's day: the statement gives no day of its own for the arrest.
            StartDate = new DateOnly(2025, 11, 8),
            EndDate = new DateOnly(2025, 11, 8),
            OpenStart = true,
            Country = "SY",
            Region = "Al-Hasakah",
            Locality = "al-Hol camp",
            CampId = alHol.Id,
            Latitude = AlHolLatitude,
            Longitude = AlHolLongitude,
            Count = new ReportedCount { Best = 1 },
            PersonName = "بهاء مسيري",
            PersonAlias = "أبو عبد الرحمن",
            PersonNationality = "IQ",
            PersonRole = "ISIS leader",
            Notes = "Bahaa Musiri, known as \"Abu Abdul Rahman\". Arrested by the SDF in coordination with the coalition inside al-Hol camp; "
                + "on or before the SDF statement of 2025-11-08, as reported by Shafaq News.",
        };
        leaderArrest.PersonLinks.Add(new ArrestPerson { PersonId = bahaaMusiri.Id });
        leaderArrest.SourceLinks.AddRange(Cite<ArrestSource>(
            new Claim(sdfStatement.Id, null, sdf.Id, null),
            Shafaq("أُلقي خلالها القبض على القيادي في تنظيم الدولة بهاء مسيري الملقب بـ\"أبو عبد الرحمن\"، وهو عراقي الجنسية", sdf)));

        var detainees = new DetaineeFigure
        {
            ExternalId = "sample:detainees:nes-prisons-mid-2025",
            AsOf = MidSummer2025,
            DatePrecision = DatePrecision.Season,
            Facility = "prisons and camps in north-east Syria",
            Country = "SY",
            Count = new ReportedCount { Best = 9000, Qualifier = CountQualifier.Approximately },
            Notes = "About 9,000 ISIS fighters held by coalition partners, as of mid-summer 2025 (\"حتى منتصف صيف 2025\").",
        };
        detainees.SourceLinks.AddRange(Cite<DetaineeFigureSource>(
            Shafaq("يقدر بنحو 9,000 معتقل/مقاتل محتجز", byText: AnnualReports)));

        db.AddRange(killed, arrested, leaderArrest, detainees);
        var campFigures = new[]
        {
            CampFigure("sample:camps:al-hol-roj-2019", new DateOnly(2019, 1, 1), DatePrecision.Year,
                new ReportedCount { Best = 70000 }, [Statement(centcom), Shafaq("انخفض من 70 ألف شخص عام 2019")], "In 2019.", alHol, roj),
            CampFigure("sample:camps:al-hol-roj-mid-2025", MidSummer2025, DatePrecision.Season,
                new ReportedCount { Best = 31000, Qualifier = CountQualifier.Approximately },
                [Shafaq("عدد الأشخاص في مخيمات مثل (الهول) و(الروج)يُقدَّر بحوالي 31,000 شخص", byText: AnnualReports)],
                "About 31,000 as of mid-summer 2025, from research reports cited by Shafaq News.", alHol, roj),
            CampFigure("sample:camps:al-hol-roj-2025-11-13", ReportDay, DatePrecision.Day,
                new ReportedCount { Best = 30000, Qualifier = CountQualifier.Approximately },
                [Statement(centcom), Shafaq("إلى نحو 30 ألفاً فقط حالياً")],
                "About 30,000 (CENTCOM).", alHol, roj),
        };
        db.Set<CampPopulationFigure>().AddRange(campFigures);
        await db.SaveChangesAsync(cancellationToken);

        // "Research reports estimate about 2,500–3,000 active fighters in (Syria + Iraq) in 2025" (Shafaq News).
        var fighters = new StrengthEstimate
        {
            ExternalId = "sample:strength:isis-syria-iraq-2025",
            ForceId = isis.Id,
            Countries = ["SY", "IQ"],
            AsOf = new DateOnly(2025, 1, 1),
            DatePrecision = DatePrecision.Year,
            Count = new ReportedCount { Best = 2750, Low = 2500, High = 3000, Qualifier = CountQualifier.Range },
            Notes = "About 2,500–3,000 active ISIS fighters in Syria and Iraq in 2025, from research reports cited by Shafaq News.",
        };
        fighters.SourceLinks.AddRange(Cite<StrengthEstimateSource>(Shafaq("العدد التقديري للمقاتلين النشطين في (سوريا + العراق) عام 2025: حوالي 2,500–3,000 مقاتل", byText: "التقارير البحثية")));
        db.Set<StrengthEstimate>().Add(fighters);
        await db.SaveChangesAsync(cancellationToken);

        // Syria's accession to the Global Coalition, one record per claim (docs/api.md, Events): the membership as an
        // anonymous US official gives it (its 90th member, Sputnik Arabic) and as Shafaq News reports it (no figure),
        // and three claims on whether Syria signed anything, which disagree: 0 agreements signed as of the minister's
        // interview of 12 November, 1 signed as the UN envoy and the minister's post of 11 November say. Each period
        // runs from the White House visit of 10 November, to which both reports tie the accession, to the claim's day.
        var visit = new DateOnly(2025, 11, 10);
        var events = new[]
        {
            Accession("sample:event:syria-joins-coalition-90th-member", EventType.CoalitionMembership,
                "Syria to join the Global Coalition to Defeat ISIS as its 90th member", null, new ReportedCount { Best = 90 },
                new Claim(sputnikArabic.Id, "خلال الزيارة أعلنت سوريا أنها ستنضم إلى التحالف الدولي، وبذلك ستصبح العضو التسعين فيه", null, "مسؤول أمريكي طلب عدم الكشف عن هويته"),
                "Announced during President Ahmed al-Sharaa's visit to Washington (his meeting with President Trump on Monday 10 November). "
                + "An anonymous US official: Syria will be the coalition's 90th member; Syria's information minister gives the coalition "
                + "89 member states before it (\"والذي يضم 89 دولة\", Sputnik Arabic)."),
            Accession("sample:event:syria-announces-joining-coalition", EventType.CoalitionMembership,
                "Syria announces it has officially joined the Global Coalition to Defeat ISIS", null, Event.NoFigure(),
                new Claim(shafaqNews.Id, "أعلنت سوريا انضمامها رسمياً إلى التحالف الدولي لمحاربة داعش، تزامناً مع زيارة الرئيس السوري في المرحلة الانتقالية أحمد الشرع إلى البيت الأبيض", syrianGovernment.Id, null),
                "Coinciding with President Ahmed al-Sharaa's visit to the White House (Shafaq News); the report gives no figure."),
            Accession("sample:event:syria-coalition-agreement-not-signed", EventType.Agreement,
                "No agreement on Syria's accession to the Global Coalition signed yet, says Syria's information minister", new DateOnly(2025, 11, 12),
                new ReportedCount { Best = 0 },
                new Claim(sputnikArabic.Id, "لكنه شدد في الوقت نفسه على أنه لم يتم توقيع اتفاق حتى الآن", syrianGovernment.Id, "وزير الإعلام السوري حمزة المصطفى"),
                "Count: agreements signed, none as of the minister's telephone interview with a US news agency on Wednesday 12 November (Sputnik Arabic). "
                + "Contradicted by the UN envoy and by the minister's own post of 11 November (Shafaq News): see /api/v1/stats/conflicts?kind=events."),
            Accession("sample:event:syria-signed-coalition-accession-agreement", EventType.Agreement,
                "Syria officially signed the agreement of accession to the Global Coalition, says Syria's UN envoy", ReportDay,
                new ReportedCount { Best = 1 },
                new Claim(shafaqNews.Id, "سوريا وقعت رسمياً اتفاقية الانضمام إلى التحالف الدولي", syrianGovernment.Id, "مندوب سوريا الدائم لدى الأمم المتحدة، إبراهيم علبي"),
                "Count: agreements signed. Said in an interview with al-Hadath, undated; dated by the report (Shafaq News, 13 November)."),
            Accession("sample:event:syria-signed-coalition-political-cooperation-declaration", EventType.Agreement,
                "Syria signed a declaration of political cooperation with the Global Coalition, says Syria's information minister on X",
                new DateOnly(2025, 11, 11), new ReportedCount { Best = 1 },
                new Claim(shafaqNews.Id, "سوريا وقّعت إعلان تعاون سياسي مع التحالف الدولي", syrianGovernment.Id, "وزير الإعلام السوري حمزة المصطفى، عبر منصة \"إكس\""),
                "Count: agreements signed. Posted on X on 11 November (Shafaq News): \"political in nature, with no military clauses for now\"."),
        };

        // One at a time, so their ids follow the order of docs/samples/12-events.csv.
        foreach (var development in events)
        {
            db.Set<Event>().Add(development);
            await db.SaveChangesAsync(cancellationToken);
        }

        Event Accession(string externalId, EventType type, string title, DateOnly? claimedOn, ReportedCount count, Claim claim, string notes)
        {
            var development = new Event
            {
                ExternalId = externalId,
                Type = type,
                Title = title,
                StartDate = visit,
                EndDate = claimedOn,
                Country = "US",
                Region = "District of Columbia",
                Locality = "Washington",
                Count = count,
                Notes = notes,
            };
            development.ForceLinks.AddRange([new EventForce { ForceId = syrianGovernment.Id }, new EventForce { ForceId = globalCoalition.Id }]);
            development.SourceLinks.AddRange(Cite<EventSource>(claim));
            return development;
        }

        // Who said what: each statement with the words as its report quotes them, about the forces they concern.
        var notPartOfOir = Said("sample:statement:mustafa-not-part-of-oir", hamzaAlMustafa.Id, null, new DateOnly(2025, 11, 12), StatementMedium.Interview,
            "سوريا ليست جزءا من عملية العزم المتأصل التي تنفذ عمليات هذا التحالف",
            "Syria is not part of Operation Inherent Resolve, which carries out the coalition's operations: joining the coalition is political.",
            "A telephone interview with a US news agency on Wednesday 12 November 2025 (\"أمس الأربعاء\" in Sputnik Arabic of 13 November).",
            [new Claim(sputnikArabic.Id, "وأضاف أن \"سوريا ليست جزءا من عملية العزم المتأصل التي تنفذ عمليات هذا التحالف\"", null, null)],
            ("forces", cjtfOir.Id), ("forces", globalCoalition.Id));
        var accessionSigned = Said("sample:statement:olabi-accession-signed", ibrahimOlabi.Id, null, null, StatementMedium.Interview,
            "سوريا وقعت رسمياً اتفاقية الانضمام إلى التحالف الدولي",
            "Syria officially signed the agreement to join the international coalition, a sign of its new policy of international partnership against terrorism.",
            "An interview with Al-Hadath; Shafaq News does not date it.",
            [new Claim(shafaqNews.Id, "كما أكد مندوب سوريا الدائم لدى الأمم المتحدة، إبراهيم علبي، في مقابلة مع قناة \"الحدث\"، أن \"سوريا وقعت رسمياً اتفاقية الانضمام إلى التحالف الدولي، في خطوة اعتبرها دليلاً على التوجه الجديد للسياسة السورية نحو الشراكة الدولية في محاربة الإرهاب\"", null, null)],
            ("forces", globalCoalition.Id));
        var politicalCooperation = Said("sample:statement:mustafa-political-cooperation", hamzaAlMustafa.Id, null, new DateOnly(2025, 11, 11), StatementMedium.SocialMedia,
            "سوريا وقّعت إعلان تعاون سياسي مع التحالف الدولي",
            "Syria signed a declaration of political cooperation with the international coalition; the agreement is political and has no military clauses for now.",
            "A post on X of 11 November 2025.",
            [new Claim(shafaqNews.Id, "وقال وزير الإعلام السوري، حمزة المصطفى، عبر منصة \"إكس\" في 11 تشرين الثاني/ نوفمبر، إن \"سوريا وقّعت إعلان تعاون سياسي مع التحالف الدولي\"، مؤكداً أن \"الخطوة تكرّس دور دمشق كشريك في مكافحة الإرهاب ودعم الاستقرار الإقليمي\"، موضحاً أن \"الاتفاق سياسي في طابعه ولا يتضمن حالياً بنوداً عسكرية\".", null, null)],
            ("forces", globalCoalition.Id));

        // The annual reports' trend, as Shafaq News gives it: a remark with no named speaker and no figures.
        var attackTrend = Said("sample:statement:annual-reports-attack-trend", null, null, null, StatementMedium.Other,
            "انخفضت وتيرة عدد هجمات التنظيم الكبيرة مقارنة بفترات الذروة (2014–2017)، لكن ظلت هناك هجمات متفرقة وخلايا نائمة في 2024–2025",
            "ISIS's large attacks have become less frequent than at their peak (2014–2017), but sporadic attacks and sleeper cells continued in 2024–2025.",
            "A trend, not a count: the report gives no number of attacks, and none is stored.",
            [new Claim(shafaqNews.Id, "حيث انخفضت وتيرة عدد هجمات التنظيم الكبيرة مقارنة بفترات الذروة (2014–2017)، لكن ظلت هناك هجمات متفرقة وخلايا نائمة في 2024–2025 وذلك حسب التقارير السنوية", null, AnnualReports)],
            ("forces", isis.Id));

        // CENTCOM's commander on repatriations, in the statement Shafaq News relays: a policy, not a transfer.
        var repatriationSupport = Said("sample:statement:cooper-repatriation-support", bradCooper.Id, centcom.Id, ReportDay, StatementMedium.PressRelease,
            "واشنطن ستستمر في دعم التحالف وجميع الدول الملتزمة بإعادة مواطنيها إلى أوطانهم",
            "Washington will keep supporting the coalition and every country committed to bringing its citizens home.",
            "CENTCOM's statement of 13 November 2025, as Shafaq News relays it; about the detainees and ISIS fighters' families.",
            [Statement(centcom), Shafaq("وأضاف كوبر أن \"واشنطن ستستمر في دعم التحالف وجميع الدول الملتزمة بإعادة مواطنيها إلى أوطانهم\"")],
            ("forces", globalCoalition.Id));

        // The rest of what the reports give as someone's words (docs/api.md, "What the seed reports say"): CENTCOM and
        // its commander, the SDF, the information minister, an anonymous US official and Syria's president. A remark
        // both reports relay is one statement citing both, each with its own words.
        var cooperSuccessesAchievement = Said("sample:statement:cooper-successes-achievement", bradCooper.Id, centcom.Id, new DateOnly(2025, 11, 13), StatementMedium.PressRelease,
            "هذه النجاحات تمثل إنجازاً بارزاً في مواجهة تهديد تنظيم داعش في سوريا",
            "These successes are a notable achievement against the ISIS threat in Syria.",
            "CENTCOM's statement of 13 November 2025: Shafaq News quotes these words; Sputnik Arabic reports them in its own (\"an important achievement\").",
            [Statement(centcom),
                Sputnik("صرح قائد \"سنتكوم\"، الجنرال براد كوبر، بأن النجاح الذي تحقق في مواجهة تهديد \"داعش\" في سوريا هو إنجاز مهم"),
                Shafaq("وقال قائد القيادة المركزية الأميركية، الأدميرال براد كوبر، إن \"هذه النجاحات تمثل إنجازاً بارزاً في مواجهة تهديد تنظيم داعش في سوريا\"")],
            ("operations", operations.Id), ("forces", isis.Id));
        var cooperPursueIsisRemnants = Said("sample:statement:cooper-pursue-isis-remnants", bradCooper.Id, centcom.Id, new DateOnly(2025, 11, 13), StatementMedium.PressRelease,
            "سنواصل ملاحقة بقايا داعش في سوريا، كما سنعمل بالتنسيق مع التحالف الدولي لمنع إعادة تجميع صفوفه ووقف محاولاته لنشر الهجمات الإرهابية إلى دول أخرى",
            "The US will keep pursuing ISIS's remnants in Syria and work with the Global Coalition to stop it regrouping and spreading terrorist attacks to other countries.",
            "CENTCOM's statement of 13 November 2025, in Sputnik Arabic's words; Shafaq News words the same remark differently (its citation).",
            [Statement(centcom),
                Sputnik("وأضاف: \"سنواصل ملاحقة بقايا داعش في سوريا، كما سنعمل بالتنسيق مع التحالف الدولي لمنع إعادة تجميع صفوفه ووقف محاولاته لنشر الهجمات الإرهابية إلى دول أخرى\""),
                Shafaq("مؤكداً أن \"الولايات المتحدة ستواصل ملاحقة فلول التنظيم بشراسة بالتعاون مع التحالف الدولي، لضمان استمرار المكاسب الأمنية ومنع التنظيم من إعادة بناء قدراته أو تصدير هجماته إلى الخارج\"")],
            ("forces", isis.Id), ("forces", globalCoalition.Id));
        var centcomSupportCurbedIsis = Said("sample:statement:centcom-support-curbed-isis", null, centcom.Id, new DateOnly(2025, 11, 13), StatementMedium.PressRelease,
            "الدعم الذي قدمته أسهم في تقليص قدرة التنظيم على تنفيذ عملياته داخل سوريا وخارجها، ومنع تمدد نشاطه إلى مناطق أخرى حول العالم",
            "CENTCOM's support reduced ISIS's ability to operate inside and outside Syria and kept its activity from spreading to other parts of the world.",
            "CENTCOM's statement of 13 November 2025, as Shafaq News relays it.",
            [Statement(centcom),
                Shafaq("وقالت القيادة، في بيان اطلعت عليه وكالة شفق نيوز، إن \"الدعم الذي قدمته أسهم في تقليص قدرة التنظيم على تنفيذ عملياته داخل سوريا وخارجها، ومنع تمدد نشاطه إلى مناطق أخرى حول العالم\"")],
            ("operations", operations.Id), ("forces", isis.Id));
        var centcomCampDeclineEffect = Said("sample:statement:centcom-camp-decline-effect", null, centcom.Id, new DateOnly(2025, 11, 13), StatementMedium.PressRelease,
            "هذا التراجع يسهم في تقليص فرص التأثير المتطرف، خصوصاً بين النساء والأطفال",
            "The fall in al-Hol's and Roj's population reduces the chances of extremist influence, especially among women and children.",
            "CENTCOM's statement of 13 November 2025, as Shafaq News relays it: the fall from 70,000 in 2019 to about 30,000 (camp population figures 1 and 3).",
            [Statement(centcom),
                Shafaq("معتبرة أن \"هذا التراجع يسهم في تقليص فرص التأثير المتطرف، خصوصاً بين النساء والأطفال\"")],
            ("camps", alHol.Id), ("camps", roj.Id), ("camp-populations", campFigures[0].Id), ("camp-populations", campFigures[2].Id));
        var centcomCoalitionFocusSince2019 = Said("sample:statement:centcom-coalition-focus-since-2019", null, centcom.Id, new DateOnly(2025, 11, 13), StatementMedium.PressRelease,
            "عمليات التحالف الدولي منذ عام 2019 تركزت على استقرار المناطق المحررة وإعادة إعمارها، إلى جانب مواصلة الجهود الأمنية والاستخباراتية لاستئصال الخلايا النائمة",
            "Since 2019 the coalition's operations have focused on stabilising and rebuilding liberated areas, alongside security and intelligence work to root out sleeper cells.",
            "CENTCOM's statement of 13 November 2025, as Shafaq News relays it.",
            [Statement(centcom),
                Shafaq("وأشارت القيادة إلى أن \"عمليات التحالف الدولي منذ عام 2019 تركزت على استقرار المناطق المحررة وإعادة إعمارها، إلى جانب مواصلة الجهود الأمنية والاستخباراتية لاستئصال الخلايا النائمة\"")],
            ("forces", globalCoalition.Id), ("forces", isis.Id));
        var sdfAlHolOperationIntelligence = Said("sample:statement:sdf-al-hol-operation-intelligence", null, sdf.Id, new DateOnly(2025, 11, 8), StatementMedium.PressRelease,
            "العملية جاءت بعد اختراق استخباراتي دقيق لبنى التنظيم وخلاياه المتخفية داخل المخيم، ضمن الحرب المستمرة ضد الإرهاب ومحاولات التنظيم إعادة بناء شبكاته",
            "The al-Hol operation followed a precise intelligence penetration of ISIS's structures and hidden cells in the camp, part of the continuing war on terrorism and on ISIS's attempts to rebuild its networks.",
            "The SDF statement of 8 November 2025 on the arrest of بهاء مسيري (arrest 2), in Shafaq News's words: the report gives its content, not a quotation.",
            [new Claim(sdfStatement.Id, null, sdf.Id, null),
                Shafaq("وأوضحت “قسد” في بيان صدر في 8 تشرين الثاني أن العملية جاءت بعد اختراق استخباراتي دقيق لبنى التنظيم وخلاياه المتخفية داخل المخيم، ضمن الحرب المستمرة ضد الإرهاب ومحاولات التنظيم إعادة بناء شبكاته", sdf)],
            ("arrests", leaderArrest.Id), ("camps", alHol.Id), ("persons", bahaaMusiri.Id));
        var mustafaAccessionPoliticalFramework = Said("sample:statement:mustafa-accession-political-framework", hamzaAlMustafa.Id, null, null, StatementMedium.Other,
            "سوريا ليست جزءا من العملية العسكرية التي تقودها الولايات المتحدة لمحاربة التنظيم",
            "Damascus joined the coalition in a political framework during President al-Sharaa's visit to Washington; Syria is not part of the US-led military operation against ISIS.",
            "Sputnik Arabic gives no day or medium for these words; it goes on to quote the minister's telephone interview of Wednesday 12 November (statements 1, 13, 14 and 15).",
            [new Claim(sputnikArabic.Id, "قال وزير الإعلام السوري حمزة المصطفى، إن انضمام دمشق إلى التحالف الدولي ضد تنظيم \"داعش\" جاء في إطار سياسي خلال زيارة الرئيس أحمد الشرع إلى واشنطن، مؤكدا أن \"سوريا ليست جزءا من العملية العسكرية التي تقودها الولايات المتحدة لمحاربة التنظيم\"", null, null)],
            ("forces", globalCoalition.Id), ("forces", cjtfOir.Id), ("persons", ahmedAlSharaa.Id));
        var mustafaSharaaToldTrump = Said("sample:statement:mustafa-sharaa-told-trump", hamzaAlMustafa.Id, null, new DateOnly(2025, 11, 12), StatementMedium.Interview,
            "الرئيس الشرع أبلغ الرئيس الأمريكي دونالد ترامب، خلال لقائهما الاثنين في واشنطن، برغبة سوريا ونواياها واستعدادها للانضمام إلى الدول الأعضاء في التحالف الدولي ضد \"داعش\"، والذي يضم 89 دولة، لكنه شدد في الوقت نفسه على أنه لم يتم توقيع اتفاق حتى الآن",
            "At their meeting in Washington on Monday, President al-Sharaa told President Trump of Syria's wish and readiness to join the coalition's 89 member states, but stressed that no agreement had been signed yet.",
            "A telephone interview with a US news agency on Wednesday 12 November 2025 (Sputnik Arabic). The claim that nothing is signed is event 3; the 89 members are in event 1's notes.",
            [new Claim(sputnikArabic.Id, "وأوضح المصطفى، في مقابلة هاتفية مع وكالة إعلام أمريكية، أمس الأربعاء، أن \"الرئيس الشرع أبلغ الرئيس الأمريكي دونالد ترامب، خلال لقائهما الاثنين في واشنطن، برغبة سوريا ونواياها واستعدادها للانضمام إلى الدول الأعضاء في التحالف الدولي ضد \"داعش\"، والذي يضم 89 دولة، لكنه شدد في الوقت نفسه على أنه لم يتم توقيع اتفاق حتى الآن\"", null, null)],
            ("persons", ahmedAlSharaa.Id), ("persons", donaldTrump.Id), ("forces", globalCoalition.Id), ("events", events[0].Id), ("events", events[2].Id));
        var mustafaUsCoordinationSomeCases = Said("sample:statement:mustafa-us-coordination-some-cases", hamzaAlMustafa.Id, null, new DateOnly(2025, 11, 12), StatementMedium.Interview,
            "تنسيق بين الولايات المتحدة والحكومة السورية في الوقت الحاضر في بعض الحالات المرتبطة بالعمليات الموجهة ضد خلايا تنظيم \"داعش\"",
            "The United States and the Syrian government coordinate at present in some cases of operations against ISIS cells.",
            "The telephone interview of 12 November 2025 (Sputnik Arabic).",
            [new Claim(sputnikArabic.Id, "وكشف المصطفى عن وجود \"تنسيق بين الولايات المتحدة والحكومة السورية في الوقت الحاضر في بعض الحالات المرتبطة بالعمليات الموجهة ضد خلايا تنظيم \"داعش\"", null, null)],
            ("forces", syrianGovernment.Id), ("forces", isis.Id));
        var mustafaUsMissionReliedOnSdfIsf = Said("sample:statement:mustafa-us-mission-relied-on-sdf-isf", hamzaAlMustafa.Id, null, new DateOnly(2025, 11, 12), StatementMedium.Interview,
            "المهمة العسكرية الأمريكية اعتمدت خلال السنوات الماضية على تعاون وثيق مع قوات سوريا الديمقراطية، شمال شرقي سوريا، ومع قوات الأمن العراقية داخل العراق",
            "In past years the US military mission relied on close cooperation with the SDF in north-east Syria and with the Iraqi security forces inside Iraq.",
            "The telephone interview of 12 November 2025, in Sputnik Arabic's words: the report gives the minister's point, not a quotation.",
            [new Claim(sputnikArabic.Id, "موضحا أن المهمة العسكرية الأمريكية اعتمدت خلال السنوات الماضية على تعاون وثيق مع قوات سوريا الديمقراطية، شمال شرقي سوريا، ومع قوات الأمن العراقية داخل العراق", null, null)],
            ("forces", cjtfOir.Id), ("forces", sdf.Id), ("forces", iraqiSecurityForces.Id));
        var usOfficialSyria90thMember = Said("sample:statement:us-official-syria-90th-member", null, null, null, StatementMedium.Other,
            "خلال الزيارة أعلنت سوريا أنها ستنضم إلى التحالف الدولي، وبذلك ستصبح العضو التسعين فيه لتتعاون مع الولايات المتحدة للقضاء على آخر جيوب داعش ووضع حد لتدفق المقاتلين الأجانب",
            "During al-Sharaa's visit Syria announced it would join the coalition as its 90th member, to work with the United States to eliminate ISIS's last pockets and stop the flow of foreign fighters.",
            "An anonymous US official, undated (Sputnik Arabic). The membership as the 90th member is event 1.",
            [new Claim(sputnikArabic.Id, "غير أن مسؤولا أمريكيا، طلب عدم الكشف عن هويته، قال: \"إن سوريا ستنضم إلى التحالف الدولي ضد \"داعش\"، عند زيارة الشرع إلى واشنطن\"، موضحا أنه \"خلال الزيارة أعلنت سوريا أنها ستنضم إلى التحالف الدولي، وبذلك ستصبح العضو التسعين فيه لتتعاون مع الولايات المتحدة للقضاء على آخر جيوب داعش ووضع حد لتدفق المقاتلين الأجانب\"", null, "مسؤول أمريكي طلب عدم الكشف عن هويته")],
            ("events", events[0].Id), ("forces", globalCoalition.Id), ("persons", ahmedAlSharaa.Id));
        var sharaaTenYearsWarWithIsis = Said("sample:statement:sharaa-ten-years-war-with-isis", ahmedAlSharaa.Id, syrianGovernment.Id, null, StatementMedium.Interview,
            "كنا في حرب مع التنظيم لمدة 10 سنوات، وكانت حربا صعبة وشاقة، وفعلنا ذلك دون تنسيق مع قوة غربية أو أي دولة أخرى. سوريا اليوم قادرة على تحمل هذه المسؤولية",
            "We were at war with ISIS for 10 years, a hard war, fought without coordination with any Western power or other state; Syria today can bear this responsibility.",
            "An interview with a US newspaper that Sputnik Arabic neither names nor dates.",
            [new Claim(sputnikArabic.Id, "وفي مقابلة مع صحيفة أمريكية، تطرق الرئيس السوري أحمد الشرع إلى مواجهات السلطات الجديدة مع تنظيم \"داعش\"، وقال: \"كنا في حرب مع التنظيم لمدة 10 سنوات، وكانت حربا صعبة وشاقة، وفعلنا ذلك دون تنسيق مع قوة غربية أو أي دولة أخرى. سوريا اليوم قادرة على تحمل هذه المسؤولية\"", null, null)],
            ("forces", isis.Id));

        // One at a time, so their ids follow the order of docs/samples/13-statements.csv.
        foreach (var statement in new[]
        {
            notPartOfOir, accessionSigned, politicalCooperation, attackTrend, repatriationSupport,
            cooperSuccessesAchievement, cooperPursueIsisRemnants, centcomSupportCurbedIsis, centcomCampDeclineEffect, centcomCoalitionFocusSince2019, sdfAlHolOperationIntelligence, mustafaAccessionPoliticalFramework, mustafaSharaaToldTrump, mustafaUsCoordinationSomeCases, mustafaUsMissionReliedOnSdfIsf, usOfficialSyria90thMember, sharaaTenYearsWarWithIsis,
        })
        {
            db.Set<Statement>().Add(statement);
            await db.SaveChangesAsync(cancellationToken);
        }

        // The sample records are creates like any other, so they start their history too.
        kinds.VisitAll(new CreationRecorder(db, KeyName));
        await db.SaveChangesAsync(cancellationToken);

        // Shafaq News's text, read into drafts awaiting review: report intake's first example (docs/intake.md).
        var extractor = new ReportExtractor(await ReportStore.GazetteerAsync(db, cancellationToken));
        db.Set<Report>().Add(ReportStore.ReadIntoReport(extractor, shafaqNews.Id, shafaqNews.PublishedOn, shafaqNews.Language,
            SampleReportText.Shafaq, ReportStore.Sha256Of(SampleReportText.Shafaq), KeyName));
        await db.SaveChangesAsync(cancellationToken);

        await transaction.CommitAsync(cancellationToken);
    }

    private static CampPopulationFigure CampFigure(string externalId, DateOnly asOf, DatePrecision precision, ReportedCount count,
        Claim[] claims, string notes, params Camp[] camps)
    {
        var figure = new CampPopulationFigure
        {
            ExternalId = externalId,
            AsOf = asOf,
            DatePrecision = precision,
            Count = count,
            Notes = notes,
        };
        figure.CampLinks.AddRange(camps.Select(camp => new CampPopulationFigureCamp { CampId = camp.Id }));
        figure.SourceLinks.AddRange(Cite<CampPopulationFigureSource>(claims));
        return figure;
    }

    // Shafaq News gives the mid-2025 figures "according to the annual reports" (حسب التقارير السنوية).
    private const string AnnualReports = "التقارير السنوية";

    /// <summary>A statement of a person or force (or of no one the report names), with its citations and the records it is about.</summary>
    private static Statement Said(string externalId, long? personId, long? forceId, DateOnly? madeOn, StatementMedium medium, string quote,
        string summary, string notes, Claim[] claims, params (string Kind, long Id)[] about)
    {
        var statement = new Statement
        {
            ExternalId = externalId,
            PersonId = personId,
            ForceId = forceId,
            MadeOn = madeOn,
            DatePrecision = madeOn is null ? null : DatePrecision.Day,
            Medium = medium,
            Quote = quote,
            Summary = summary,
            Notes = notes,
        };
        statement.AboutLinks.AddRange(about.Select((target, position) => new StatementAbout { Position = position, Kind = target.Kind, TargetId = target.Id }));
        statement.SourceLinks.AddRange(Cite<StatementSource>(claims));
        return statement;
    }

    /// <summary>What one source says of a figure: its words and who it says made the claim (a force, or words).</summary>
    private sealed record Claim(long SourceId, string? Quote, long? ForceId, string? AttributedTo);

    private static IEnumerable<TLink> Cite<TLink>(params Claim[] claims)
        where TLink : SourceLink, new() =>
        claims.Select(claim => new TLink
        {
            SourceId = claim.SourceId,
            Quote = claim.Quote,
            AttributedToForceId = claim.ForceId,
            AttributedToText = claim.AttributedTo,
        });

    /// <summary>What each source says of a person's role, the role named by its position.</summary>
    private static IEnumerable<PersonRoleSource> CiteRole(int position, params Claim[] claims)
    {
        foreach (var link in Cite<PersonRoleSource>(claims))
        {
            link.RolePosition = position;
            yield return link;
        }
    }

    /// <summary>Adds a create entry for every stored record of each resource (the seeder runs on an empty database only).</summary>
    private sealed class CreationRecorder(OpsTrackerDbContext db, string keyName) : IResourceVisitor
    {
        public void Visit<TEntity, TRequest, TResponse>(ResourceDefinition<TEntity, TRequest, TResponse> resource)
            where TEntity : RecordEntity, new()
            where TRequest : RecordRequest
            where TResponse : RecordResponse
        {
            foreach (var record in db.Set<TEntity>().AsNoTracking().Select(resource.ToVersionedResponse).ToList())
            {
                db.Set<AuditEntry>().Add(AuditTrail.Entry(resource.Path, record.Response.Id, AuditAction.Create, record.Version, keyName,
                    default, record.Response, record.Response.CreatedAt));
            }
        }
    }
}
