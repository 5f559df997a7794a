namespace OpsTracker.Api.Tests.Infrastructure.Tools;

/// <summary>A program outside .NET that some tests drive.</summary>
public enum ExternalTool
{
    /// <summary>Spectral and Redocly, installed with npm in tools/api-contract.</summary>
    Linters,

    /// <summary>Debian's Chromium at /usr/bin/chromium, driven by Playwright.</summary>
    Chromium,
}
