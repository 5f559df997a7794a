using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace OpsTracker.Api.RecordEngine.Answers;

/// <summary>
/// The answers kept in memory, by request, each with the data version it was read at: an answer is served again only
/// while the database's data version is still that one, so it never outlives a write, whichever instance made it.
/// Bounded by <see cref="ResponseCacheSettings.SizeLimitBytes"/> (the bodies' bytes).
/// </summary>
public sealed class AnswerCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly ResponseCacheSettings _settings;

    public AnswerCache(IOptions<ResponseCacheSettings> settings)
    {
        _settings = settings.Value;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = _settings.SizeLimitBytes });
    }

    public bool Enabled => _settings.Enabled;

    public int MaxEntryBytes => _settings.MaxEntryBytes;

    /// <summary>The answer kept for <paramref name="key"/>, whatever its version, or null.</summary>
    public CachedAnswer? Find(string key) => _settings.Enabled && _cache.TryGetValue(key, out CachedAnswer? answer) ? answer : null;

    public void Keep(string key, CachedAnswer answer)
    {
        if (!_settings.Enabled || answer.Body.Length > _settings.MaxEntryBytes)
        {
            return;
        }

        using var entry = _cache.CreateEntry(key);
        entry.Value = answer;
        entry.Size = answer.Body.Length + (key.Length * 2L) + answer.Headers.Sum(header => (header.Key.Length + header.Value.Length) * 2L);
        entry.SlidingExpiration = TimeSpan.FromSeconds(_settings.SlidingExpirationSeconds);
    }

    /// <summary>
    /// Forgets every answer: for a database replaced under a running API (the tests' reused hosts, whose database is
    /// copied afresh for each test), whose versions may repeat with other data.
    /// </summary>
    public void Clear() => _cache.Clear();

    public void Dispose() => _cache.Dispose();
}
