namespace OpsTracker.Api.RecordEngine.Answers;

/// <summary>The <c>ResponseCache</c> configuration section: the in-process cache of list, export and stats answers.</summary>
public sealed class ResponseCacheSettings
{
    public const string Section = "ResponseCache";

    /// <summary>Whether repeated reads are served from memory (default true). ETags and 304 answers do not depend on it.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most memory the cached answers' bodies may hold together (default 64 MiB); past it the least used go.</summary>
    public long SizeLimitBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The largest answer kept (default 1 MiB): a bigger one, a large export, is sent as it is read and not kept.</summary>
    public int MaxEntryBytes { get; set; } = 1024 * 1024;

    /// <summary>How long an answer nobody asks for again stays (default 600 s), whatever the data does.</summary>
    public int SlidingExpirationSeconds { get; set; } = 600;
}
