using FluentValidation;
using Microsoft.AspNetCore.Http.Json;
using OpsTracker.Api.Features.ApiKeys;
using OpsTracker.Api.Features.Audit;
using OpsTracker.Api.Features.Consistency;
using OpsTracker.Api.Features.Imports;
using OpsTracker.Api.Features.Intake.Evaluation;
using OpsTracker.Api.Features.Intake.Reports;
using OpsTracker.Api.Features.Stats;
using OpsTracker.Api.Infrastructure.Auth;
using OpsTracker.Api.Infrastructure.CommandLine;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Errors;
using OpsTracker.Api.Infrastructure.Http;
using OpsTracker.Api.Infrastructure.Json;
using OpsTracker.Api.Infrastructure.OpenApi;
using OpsTracker.Api.Infrastructure.Security;
using OpsTracker.Api.RecordEngine.Answers;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Endpoints;
using OpsTracker.Api.RecordEngine.Exports;
using OpsTracker.Api.RecordEngine.Paging;
using OpsTracker.Api.RecordEngine.Writing;
using OpsTracker.Api.SampleData;

CommandLineHost.UseUtf8Output(args);

// "intake evaluate [FOLDER]" scores the report extractor on its evaluation set and exits; it needs no host or database.
if (IntakeEvaluationCommand.IsEvaluation(args))
{
    return IntakeEvaluationCommand.Run(args);
}

var builder = WebApplication.CreateBuilder(CommandLineHost.HostArgs(args));

builder.Services.AddOpsTrackerDatabase(builder.Configuration, builder.Environment);
// Validators hold no state and no scoped service, and building one (its rules' expression trees) cost a tenth of a
// POST's CPU when it was built per request.
builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
builder.Services.Configure<JsonOptions>(options => JsonSetup.Apply(options.SerializerOptions));
builder.Services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options => JsonSetup.Apply(options.JsonSerializerOptions));

builder.Services.AddOpsTrackerErrors();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
builder.Services.AddOpsTrackerSwagger();
builder.Services.AddSingleton<IOpenApiExamples, SampleExamples>();
builder.Services.AddRecordKinds();
builder.Services.AddSingleton<RecordWriter>();
builder.Services.AddImports(builder.Configuration);
builder.Services.AddOptions<ExportSettings>()
    .Bind(builder.Configuration.GetSection(ExportSettings.Section))
    .Validate(settings => settings.ChunkRecords > 0, "Exports:ChunkRecords must be positive.")
    .ValidateOnStart();
builder.Services.AddAnswerValidation(builder.Configuration);
builder.Services.AddOptions<StatsSettings>().Bind(builder.Configuration.GetSection(StatsSettings.Section));
builder.Services.AddOptions<PagingSettings>()
    .Bind(builder.Configuration.GetSection(PagingSettings.Section))
    .Validate(settings => settings.EstimatedCountExactUpTo >= 0, "Paging:EstimatedCountExactUpTo must be 0 or more.")
    .ValidateOnStart();
builder.Services.AddOpsTrackerAuth(builder.Configuration);
builder.Services.AddApiKeys();
builder.Services.AddReports();
builder.AddOpsTrackerSecurity();

var app = builder.Build();

// "import <resource> <file>" runs one import against the configured database and exits, instead of serving.
if (ImportCommand.IsImport(args))
{
    return await ImportCommand.RunAsync(app, args);
}

// "intake FILE --source-title … --publisher …" stores a report's text and prints its drafts (--dry-run: prints only).
if (IntakeCommand.IsIntake(args))
{
    return await IntakeCommand.RunAsync(app, args);
}

// "keys create|list|revoke" manages API keys against the configured database and exits: the first admin key can
// be made this way, before any key exists to call the API with.
if (ApiKeyCommand.IsKeys(args))
{
    return await ApiKeyCommand.RunAsync(app, args);
}

// "backup FILE" copies the SQLite database with the online backup API, safe while the API runs, and exits.
if (BackupCommand.IsBackup(args))
{
    return await BackupCommand.RunAsync(app, args);
}

// "check" compares the trigger-kept counters, the search index and the audit trail with the records, and exits
// non-zero naming what disagrees.
if (ConsistencyCommand.IsCheck(args))
{
    return await ConsistencyCommand.RunAsync(app, args);
}

// HEAD is answered wherever GET is, as a GET without its body. Ahead of routing, so a HEAD finds the GET endpoint.
app.UseHeadAsGet();
app.UseRouting();

// Hardening (docs/hardening.md). Security headers, CORS and body limits come first, so errors carry them too.
app.UseOpsTrackerSecurity();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseOpsTrackerSwagger();
app.UseAuthentication();

// The rate limiter partitions by API key, so it sits after authentication (before it, every caller counts as
// anonymous) and before authorization (so calls refused with 401/403, key guessing included, are counted too).
app.UseOpsTrackerRateLimiter();
app.UseAuthorization();
app.UseAnswerValidation();

app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription().AllowAnonymous();
app.MapHealthChecks("/health").AllowAnonymous();

// Every API endpoint: reads for readers (or anyone, while Auth:AnonymousRead), writes for editors. Endpoints that
// need more add their policy (key management: AuthPolicies.Admin).
var api = app.MapGroup("").RequireAuthorization(AuthPolicies.ByMethod).WithPageLinks();
api.MapResources();
api.MapStats();
api.MapImports();
api.MapApiKeys();
api.MapAudit();
api.MapReports();

await app.InitializeDatabaseAsync(SampleDataSeeder.SeedIfEnabledAsync);
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
