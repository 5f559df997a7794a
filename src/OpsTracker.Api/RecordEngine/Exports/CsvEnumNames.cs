namespace OpsTracker.Api.RecordEngine.Exports;

/// <summary>The CSV text of each value of an enum, found without boxing the value.</summary>
public static class CsvEnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Names = Enum.GetValues<TEnum>()
        .DistinctBy(value => value)
        .ToDictionary(value => value, value => CsvFormat.FormatValue(value)!);

    public static void Write(CsvUtf8Writer writer, TEnum value) =>
        writer.Text(Names.TryGetValue(value, out var name) ? name : CsvFormat.FormatValue(value));
}
