using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Features.Audit;
using OpsTracker.Api.Infrastructure.Auth;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Paging;

namespace OpsTracker.Api.Features.ApiKeys;

/// <summary>
/// Creates, lists and revokes keys: the one implementation behind the endpoints and the command line. Creating and
/// revoking a key leave an audit entry, as a change to a record does, in the same transaction: who (the acting key,
/// or the command line's user), when, and the key as the list shows it before and after (never the key itself).
/// </summary>
public sealed class ApiKeyStore(OpsTrackerDbContext db, IValidator<ApiKeyRequest> validator)
{
    /// <summary>The audit entries' resource for API keys.</summary>
    public const string AuditResource = "api-keys";

    /// <summary>A key's version in its audit entries: a key changes once at most, when it is revoked.</summary>
    private const long CreatedVersion = 1;

    private const long RevokedVersion = 2;

    public async Task<ApiKeyCreation> CreateAsync(ApiKeyRequest request, string actor, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Add(await validator.ValidateAsync(request, cancellationToken));
        if (!errors.IsEmpty)
        {
            return new ApiKeyCreation(null, Invalid: errors);
        }

        // Revoked keys keep their names (see ApiKey.RevokedAt), so they count here too.
        var holder = await db.Set<ApiKey>().AsNoTracking()
            .Where(k => k.Name == request.Name)
            .Select(k => (long?)k.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (holder is not null)
        {
            return new ApiKeyCreation(null, NameHeldBy: holder);
        }

        var key = ApiKeySecrets.NewKey();
        var entity = new ApiKey
        {
            Name = request.Name!,
            Role = request.Role!.Value,
            KeyHash = ApiKeySecrets.Hash(key),
            CreatedAt = StoredTime.Now(),
        };
        db.Set<ApiKey>().Add(entity);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // The key's id is the audit entry's record id, so the key is saved first, inside the one transaction.
            await db.SaveChangesAsync(cancellationToken);
            db.Set<AuditEntry>().Add(AuditTrail.Entry(AuditResource, entity.Id, AuditAction.Create, CreatedVersion, actor,
                default, ApiKeyResponse.From(entity), entity.CreatedAt));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return new ApiKeyCreation(new CreatedApiKeyResponse
        {
            Id = entity.Id,
            Name = entity.Name,
            Role = entity.Role,
            CreatedAt = entity.CreatedAt,
            RevokedAt = null,
            Key = key,
        });
    }

    public Task<PagedResponse<ApiKeyResponse>> ListAsync(PageQuery page, CancellationToken cancellationToken) =>
        db.Set<ApiKey>().AsNoTracking().OrderBy(k => k.Id).ToPageAsync(page, ApiKeyResponse.From, cancellationToken);

    public async Task<ApiKeyResponse?> FindAsync(long id, CancellationToken cancellationToken) =>
        await db.Set<ApiKey>().AsNoTracking().Where(k => k.Id == id).FirstOrDefaultAsync(cancellationToken) is { } key
            ? ApiKeyResponse.From(key)
            : null;

    /// <summary>
    /// Revokes a key; false if there is no such key. Revoking a revoked key changes nothing (its first revocation
    /// time stays) and writes no audit entry. It takes effect on the next request: keys are looked up in the database
    /// on every request.
    /// </summary>
    public async Task<bool> RevokeAsync(long id, string actor, CancellationToken cancellationToken)
    {
        var key = await db.Set<ApiKey>().FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return false;
        }

        if (key.RevokedAt is not null)
        {
            return true;
        }

        var before = ApiKeyResponse.From(key);
        key.RevokedAt = StoredTime.Now();
        db.Set<AuditEntry>().Add(AuditTrail.Entry(AuditResource, key.Id, AuditAction.Revoke, RevokedVersion, actor,
            before, ApiKeyResponse.From(key), key.RevokedAt.Value));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
