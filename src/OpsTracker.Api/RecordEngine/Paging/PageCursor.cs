using System.Buffers.Text;
using System.Security.Cryptography;

using System.Text.Json;

namespace OpsTracker.Api.RecordEngine.Paging;

/// <summary>
/// Where a keyset page starts (<c>after=</c>): the sort it was made for, the sort key values of the last record of the
/// page before and that record's id. Opaque to clients: base64url of its JSON followed by a checksum, so a cursor cut
/// short or altered by hand is refused rather than read as some other position. The checksum is no secret: a cursor
/// only says where a page of a list starts, and gives nothing the list does not.
/// </summary>
public sealed record PageCursor(string Sort, IReadOnlyList<JsonElement> Keys, long Id)
{
    private const int ChecksumBytes = 12;
    private static readonly byte[] ChecksumSalt = "OpsTracker page cursor, version 1:"u8.ToArray();

    public string Encode()
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Payload(Sort, Keys, Id));
        return Base64Url.EncodeToString([.. payload, .. Checksum(payload)]);
    }

    /// <summary>The cursor <paramref name="text"/> encodes, or null when it is not one this API made.</summary>
    public static PageCursor? Decode(string text)
    {
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return null;
        }

        if (bytes.Length <= ChecksumBytes)
        {
            return null;
        }

        var payload = bytes.AsSpan(0, bytes.Length - ChecksumBytes);
        if (!CryptographicOperations.FixedTimeEquals(Checksum(payload), bytes.AsSpan(bytes.Length - ChecksumBytes)))
        {
            return null;
        }

        try
        {
            var read = JsonSerializer.Deserialize<Payload>(payload);
            return read is { S: not null, K: not null } ? new PageCursor(read.S, read.K, read.I) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static byte[] Checksum(ReadOnlySpan<byte> payload)
    {
        var hash = SHA256.HashData([.. ChecksumSalt, .. payload]);
        return hash[..ChecksumBytes];
    }

    /// <summary>Short names: the cursor travels in every next link.</summary>
    private sealed record Payload(string S, IReadOnlyList<JsonElement> K, long I);

    internal static string Describe(string sort) => sort.Length == 0 ? "the default sort (id)" : $"sort={sort}";
}
