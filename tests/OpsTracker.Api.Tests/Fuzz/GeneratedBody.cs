using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Fuzz;

/// <summary>A generated request body: its bytes and content type, and the records it says when it is well formed (see <see cref="FuzzRequest.SentRecords"/>).</summary>
public sealed record GeneratedBody(byte[] Bytes, string? ContentType, JsonArray? Records);
