using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Features.Audit;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Intake.Extraction;
using OpsTracker.Api.Features.Persons;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Errors;
using OpsTracker.Api.Infrastructure.Json;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Endpoints;
using OpsTracker.Api.RecordEngine.Paging;

namespace OpsTracker.Api.Features.Intake.Reports;

/// <summary>
/// Stores reports and their drafts, and carries out an analyst's decisions: an accepted draft becomes a record through
/// <see cref="RecordCreator"/>, exactly as a POST of its kind, in the same transaction as the draft's new status and
/// the decision's audit entry, so a draft is never accepted twice or half-accepted.
/// </summary>
public sealed class ReportStore(OpsTrackerDbContext db, RecordCreator records, ExtractorCache extractors)
{
    /// <summary>The audit trail's name for reports: an accept or reject is an entry of the report, at its new version.</summary>
    public const string AuditResource = "reports";

    private const string SingularName = "report";

    private static readonly JsonSerializerOptions Json = JsonSetup.Options;

    /// <summary>The names the extractor matches: every force, camp and person in the database, with their aliases.</summary>
    public static async Task<Gazetteer> GazetteerAsync(OpsTrackerDbContext db, CancellationToken cancellationToken)
    {
        var forces = await db.Set<Force>().AsNoTracking()
            .Select(f => new { f.Id, f.Name, f.Acronym, f.Aliases, f.Kind })
            .ToListAsync(cancellationToken);
        var camps = await db.Set<Camp>().AsNoTracking()
            .Select(c => new { c.Id, c.Name, c.Aliases, c.Country, c.Region })
            .ToListAsync(cancellationToken);
        var persons = await db.Set<Person>().AsNoTracking()
            .Select(p => new { p.Id, p.Name, p.Aliases })
            .ToListAsync(cancellationToken);
        return new Gazetteer(
            forces.Select(f => new GazetteerEntry(f.Id, GazetteerEntryType.Force, f.Name, f.Acronym is null ? f.Aliases : [f.Acronym, .. f.Aliases]) { ForceKind = f.Kind })
                .Concat(camps.Select(c => new GazetteerEntry(c.Id, GazetteerEntryType.Camp, c.Name, c.Aliases) { Country = c.Country, Region = c.Region }))
                .Concat(persons.Select(p => new GazetteerEntry(p.Id, GazetteerEntryType.Person, p.Name, p.Aliases))));
    }

    /// <summary>The drafts a text gives, read against the database's names, without storing anything.</summary>
    public async Task<IReadOnlyList<DraftResponse>> ReadAsync(string text, DateOnly publishedOn, string? language, long? sourceId,
        CancellationToken cancellationToken)
    {
        var extractor = await extractors.GetAsync(db, cancellationToken);
        return Rows(extractor.Extract(text, publishedOn, language), sourceId).Select(ToResponse).ToList();
    }

    /// <summary>
    /// Stores the text with its source (a new source is created first, as a POST of /api/v1/sources would) and its
    /// drafts; the same text posted again for its source is the report already stored.
    /// </summary>
    public async Task<ReportPosting> PostAsync(ReportRequest request, HttpContext http, CancellationToken cancellationToken)
    {
        var text = request.Text!;
        var sha256 = Sha256Of(text);
        if (request.SourceId is { } sourceId)
        {
            var source = await db.Set<Source>().AsNoTracking().Where(s => s.Id == sourceId)
                .Select(s => new { s.PublishedOn, s.Language }).FirstOrDefaultAsync(cancellationToken);
            if (source is null)
            {
                return ReportPosting.Refused(Problems.Validation(ValidationErrors.For("sourceId", $"Source {sourceId} does not exist.")));
            }

            var stored = await db.Set<Report>().AsNoTracking().Where(r => r.SourceId == sourceId)
                .Select(r => new { r.Id, r.TextSha256 }).FirstOrDefaultAsync(cancellationToken);
            if (stored is not null)
            {
                return stored.TextSha256 == sha256
                    ? ReportPosting.Existing((await FindAsync(stored.Id, cancellationToken))!)
                    : ReportPosting.Refused(OtherText(sourceId, stored.Id));
            }

            return await StoreAsync(sourceId, source.PublishedOn, request.Language ?? source.Language, text, sha256, http, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var body = JsonSerializer.SerializeToNode(request.Source, Json)!.AsObject();
        var created = await records.CreateAsync("sources", body, "source", http, db, cancellationToken);
        if (created.Refusal is not null)
        {
            return ReportPosting.Refused(created.Refusal);
        }

        var posting = await StoreAsync(created.Id!.Value, request.Source!.PublishedOn, request.Language ?? request.Source.Language, text, sha256, http,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return posting;
    }

    public async Task<ReportResponse?> FindAsync(long id, CancellationToken cancellationToken) =>
        await Live().Include(r => r.Drafts).FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is { } report
            ? ToResponse(report)
            : null;

    /// <summary>Reports in id order, or only those with a draft in <paramref name="status"/> (pending: awaiting review).</summary>
    public async Task<PagedResponse<ReportResponse>> ListAsync(DraftStatus? status, PageQuery page, CancellationToken cancellationToken)
    {
        var reports = Live();
        if (status is { } wanted)
        {
            reports = reports.Where(r => r.Drafts.Any(d => d.Status == wanted));
        }

        return await reports.Include(r => r.Drafts).OrderBy(r => r.Id).ToPageAsync(page, ToResponse, cancellationToken);
    }

    public async Task<SourceTextResponse?> TextOfAsync(long sourceId, CancellationToken cancellationToken) =>
        await Live().Where(r => r.SourceId == sourceId)
            .Select(r => new SourceTextResponse { SourceId = r.SourceId, ReportId = r.Id, Sha256 = r.TextSha256, Language = r.Language, Text = r.Text })
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Makes the draft a record of its kind, with <paramref name="edits"/> (a JSON merge patch of the record) applied
    /// first: 201 with the record, or the problem that refused it (the draft then stays pending).
    /// </summary>
    public async Task<IResult> AcceptAsync(long id, int n, JsonObject? edits, HttpContext http, CancellationToken cancellationToken)
    {
        var (report, draft, refusal) = await PendingDraftAsync(id, n, "accept", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!records.IsKind(draft!.Kind))
        {
            return Problems.Conflict($"Draft {n} of report {id} is a draft of {draft.Kind}, which this API does not store yet; reject it, "
                + "or record the figure by hand as another kind.", new Dictionary<string, object?> { ["field"] = "kind" });
        }

        var record = JsonNode.Parse(draft.Record)!.AsObject();
        if (edits is not null)
        {
            record = MergePatch.Apply(record, edits)!.AsObject();
        }

        CiteSource(record, report!.SourceId);
        var before = ToResponse(draft);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await ClaimAsync(draft, DraftStatus.Accepted, http, cancellationToken))
        {
            return await DecidedAsync(id, n, cancellationToken);
        }

        var created = await records.CreateAsync(draft.Kind, record, "record", http, db, cancellationToken);
        if (created.Refusal is not null)
        {
            return created.Refusal;
        }

        draft.RecordId = created.Id;
        await db.Set<ReportDraft>().Where(d => d.ReportId == id && d.N == n)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.RecordId, created.Id), cancellationToken);
        await AuditAsync(report, before, draft, AuditAction.Accept, http, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created(created.Location, created.Response);
    }

    /// <summary>Turns the draft down: 200 with the draft as it now is.</summary>
    public async Task<IResult> RejectAsync(long id, int n, HttpContext http, CancellationToken cancellationToken)
    {
        var (report, draft, refusal) = await PendingDraftAsync(id, n, "reject", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var before = ToResponse(draft!);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await ClaimAsync(draft!, DraftStatus.Rejected, http, cancellationToken))
        {
            return await DecidedAsync(id, n, cancellationToken);
        }

        await AuditAsync(report!, before, draft!, AuditAction.Reject, http, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(ToResponse(draft!));
    }

    /// <summary>
    /// The reports whose source is not deleted: a report follows its source, so deleting the source (which nothing
    /// else may hold on to) hides its text and drafts with it, and restores nothing that would count.
    /// </summary>
    private IQueryable<Report> Live() =>
        db.Set<Report>().AsNoTracking().Where(r => db.Set<Source>().Any(s => s.Id == r.SourceId));

    public static string Sha256Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private async Task<ReportPosting> StoreAsync(long sourceId, DateOnly? publishedOn, string? language, string text, string sha256, HttpContext http,
        CancellationToken cancellationToken)
    {
        var report = ReadIntoReport(await extractors.GetAsync(db, cancellationToken), sourceId, publishedOn, language, text, sha256, AuditTrail.ActorOf(http.User));
        db.Set<Report>().Add(report);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (db.Dialect.Classify(exception.InnerException ?? exception) == DatabaseErrorKind.UniqueViolation)
        {
            // Another request stored a text for this source first: the same text is that report, another is a conflict.
            db.ChangeTracker.Clear();
            var stored = await db.Set<Report>().AsNoTracking().Where(r => r.SourceId == sourceId)
                .Select(r => new { r.Id, r.TextSha256 }).FirstAsync(cancellationToken);
            return stored.TextSha256 == sha256
                ? ReportPosting.Existing((await FindAsync(stored.Id, cancellationToken))!)
                : ReportPosting.Refused(OtherText(sourceId, stored.Id));
        }

        return ReportPosting.Created(ToResponse(report));
    }

    /// <summary>
    /// A new report of <paramref name="text"/> for the source, with the drafts the extractor (compiled from the
    /// database's names) reads from it, not yet added to the context. Relative dates ("yesterday", "last month") are
    /// read from the source's publication date, or from today's when it has none.
    /// </summary>
    public static Report ReadIntoReport(ReportExtractor extractor, long sourceId, DateOnly? publishedOn, string? language, string text, string textSha256,
        string createdBy)
    {
        var drafts = extractor.Extract(text, publishedOn ?? DateOnly.FromDateTime(DateTime.UtcNow), language);
        return new Report
        {
            SourceId = sourceId,
            Text = text,
            TextSha256 = textSha256,
            Language = language,
            CreatedAt = DateTime.UtcNow,
            CreatedBy = createdBy,
            Drafts = [.. Rows(drafts, sourceId)],
        };
    }

    private static IEnumerable<ReportDraft> Rows(IReadOnlyList<Draft> drafts, long? sourceId) =>
        drafts.Select((draft, index) => new ReportDraft
        {
            N = index + 1,
            Kind = draft.Kind,
            Record = draft.RecordBody(sourceId).ToJsonString(Json),
            Quotes = JsonSerializer.Serialize(draft.Quotes, Json),
            AttributedTo = draft.AttributedTo is null ? null : JsonSerializer.Serialize(draft.AttributedTo, Json),
            Confidence = Math.Round(draft.Confidence, 2),
            Unresolved = JsonSerializer.Serialize(draft.Unresolved, Json),
            Missing = JsonSerializer.Serialize(draft.Missing, Json),
        });

    /// <summary>The report and its draft while the draft is pending; else the 404 or 409 that says why not.</summary>
    private async Task<(Report? Report, ReportDraft? Draft, IResult? Refusal)> PendingDraftAsync(long id, int n, string verb,
        CancellationToken cancellationToken)
    {
        var report = await Live().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return (null, null, Problems.NotFound(SingularName, id));
        }

        var draft = await db.Set<ReportDraft>().AsNoTracking().FirstOrDefaultAsync(d => d.ReportId == id && d.N == n, cancellationToken);
        if (draft is null)
        {
            return (report, null, TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: $"Report {id} has no draft {n}."));
        }

        return draft.Status == DraftStatus.Pending
            ? (report, draft, null)
            : (report, draft, AlreadyDecided(id, draft, verb));
    }

    /// <summary>
    /// Moves the draft from pending to <paramref name="status"/> in one conditional write, so of two analysts deciding
    /// at once exactly one does; false when it was no longer pending.
    /// </summary>
    private async Task<bool> ClaimAsync(ReportDraft draft, DraftStatus status, HttpContext http, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var actor = AuditTrail.ActorOf(http.User);
        var claimed = await db.Set<ReportDraft>()
            .Where(d => d.ReportId == draft.ReportId && d.N == draft.N && d.Status == DraftStatus.Pending)
            .ExecuteUpdateAsync(set => set
                .SetProperty(d => d.Status, status)
                .SetProperty(d => d.DecidedAt, now)
                .SetProperty(d => d.DecidedBy, actor), cancellationToken);
        draft.Status = status;
        draft.DecidedAt = now;
        draft.DecidedBy = actor;
        return claimed == 1;
    }

    private async Task<IResult> DecidedAsync(long id, int n, CancellationToken cancellationToken)
    {
        var draft = await db.Set<ReportDraft>().AsNoTracking().FirstAsync(d => d.ReportId == id && d.N == n, cancellationToken);
        return AlreadyDecided(id, draft, "decide on");
    }

    private async Task AuditAsync(Report report, DraftResponse before, ReportDraft draft, AuditAction action, HttpContext http,
        CancellationToken cancellationToken)
    {
        var version = report.Version + 1;
        await db.Set<Report>().Where(r => r.Id == report.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Version, r => r.Version + 1), cancellationToken);
        db.Set<AuditEntry>().Add(AuditTrail.Entry(AuditResource, report.Id, action, version, AuditTrail.ActorOf(http.User),
            before, ToResponse(draft), draft.DecidedAt!.Value));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static IResult AlreadyDecided(long id, ReportDraft draft, string verb) =>
        Problems.Conflict(
            draft.Status == DraftStatus.Accepted
                ? $"Draft {draft.N} of report {id} was already accepted as {draft.Kind} record {draft.RecordId}; there is nothing left to {verb}."
                : $"Draft {draft.N} of report {id} was rejected; a rejected draft cannot be {(verb == "accept" ? "accepted" : "decided on again")}.",
            new Dictionary<string, object?> { ["field"] = "status", ["draftStatus"] = JsonNamingPolicy.CamelCase.ConvertName(draft.Status.ToString()), ["recordId"] = draft.RecordId });

    private static ProblemHttpResult OtherText(long sourceId, long reportId) =>
        Problems.Conflict(
            $"Source {sourceId} already has a different text (report {reportId}). A source is one document: post another text as a source of its own.",
            new Dictionary<string, object?> { ["field"] = "text", ["existingId"] = reportId });

    /// <summary>The record cites the report's source, whatever the edits did to its sources.</summary>
    private static void CiteSource(JsonObject record, long sourceId)
    {
        static bool Names(JsonNode? id, long sourceId) => id is JsonValue value && value.TryGetValue<long>(out var cited) && cited == sourceId;
        if (record["sourceIds"] is JsonArray sourceIds && sourceIds.Any(id => Names(id, sourceId)))
        {
            return;
        }

        if (record["citations"] is not JsonArray citations)
        {
            record["citations"] = citations = [];
        }

        if (!citations.Any(citation => Names(citation?["sourceId"], sourceId)))
        {
            citations.Add(new JsonObject { ["sourceId"] = sourceId });
        }
    }

    private static ReportResponse ToResponse(Report report)
    {
        var drafts = report.Drafts.OrderBy(d => d.N).Select(ToResponse).ToList();
        return new ReportResponse
        {
            Id = report.Id,
            SourceId = report.SourceId,
            Language = report.Language,
            TextSha256 = report.TextSha256,
            TextLength = report.Text.Length,
            CreatedAt = report.CreatedAt,
            Pending = drafts.Count(d => d.Status == DraftStatus.Pending),
            Drafts = drafts,
        };
    }

    private static DraftResponse ToResponse(ReportDraft draft) => new()
    {
        N = draft.N,
        Kind = draft.Kind,
        Record = JsonNode.Parse(draft.Record)!.AsObject(),
        Status = draft.Status,
        Confidence = draft.Confidence,
        Quotes = JsonSerializer.Deserialize<List<DraftQuote>>(draft.Quotes, Json)!,
        AttributedTo = draft.AttributedTo is null ? null : JsonSerializer.Deserialize<DraftAttribution>(draft.AttributedTo, Json),
        Unresolved = JsonSerializer.Deserialize<List<UnresolvedName>>(draft.Unresolved, Json)!,
        Missing = JsonSerializer.Deserialize<List<string>>(draft.Missing, Json)!,
        RecordId = draft.RecordId,
        DecidedAt = draft.DecidedAt,
    };
}
