namespace OpsTracker.Api.Features.Imports;

/// <summary>How an import's records are written.</summary>
public enum ImportFormat
{
    /// <summary>text/csv: a header row, the export's column names, one record a row.</summary>
    Csv,

    /// <summary>application/json: one array of records, each as in a POST body.</summary>
    Json,

    /// <summary>application/x-ndjson: one record (a JSON object) a line.</summary>
    Ndjson,
}
