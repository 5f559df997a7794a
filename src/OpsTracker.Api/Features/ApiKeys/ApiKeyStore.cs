using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Infrastructure.Auth;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Paging;

namespace OpsTracker.Api.Features.ApiKeys;

/// <summary>Creates, lists and revokes keys: the one implementation behind the endpoints and the command line.</summary>
public sealed class ApiKeyStore(OpsTrackerDbContext db, IValidator<ApiKeyRequest> validator)
{
    public async Task<ApiKeyCreation> CreateAsync(ApiKeyRequest request, CancellationToken cancellationToken)
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
        await db.SaveChangesAsync(cancellationToken);

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
    /// time stays). It takes effect on the next request: keys are looked up in the database on every request.
    /// </summary>
    public async Task<bool> RevokeAsync(long id, CancellationToken cancellationToken)
    {
        var key = await db.Set<ApiKey>().FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return false;
        }

        key.RevokedAt ??= StoredTime.Now();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
