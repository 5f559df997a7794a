using System.Text;

namespace OpsTracker.Api.Features.Imports;

/// <summary>How an import's bytes become text: UTF-8, with or without a byte order mark, invalid bytes refused.</summary>
public static class ImportText
{
    public const string NotUtf8 = "The file is not valid UTF-8 on this line; save it as UTF-8, with or without a BOM.";

    // Refusing invalid bytes (instead of replacing them with U+FFFD) keeps a mis-saved file from being stored garbled.
    // With a preamble, StreamReader skips a leading BOM and keeps this strict encoding (BOM detection would swap it
    // for the lenient Encoding.UTF8).
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    /// <summary>
    /// A reader over <paramref name="stream"/> that skips a UTF-8 BOM, throws on bytes that are not UTF-8, and can say
    /// on which line they are.
    /// </summary>
    public static ImportTextReader Reader(Stream stream) => new(new LineCountingStream(stream), StrictUtf8, bufferSize: 1 << 16);

    /// <summary>The bytes of <paramref name="stream"/> as they are, for a JSON reader, refused at the line of any byte that is not UTF-8.</summary>
    public static Utf8CheckingStream CheckedBytes(Stream stream) => new(new LineCountingStream(stream));
}
