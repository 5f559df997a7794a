namespace OpsTracker.Api.Domain;

/// <summary>
/// How precisely the report dated the event or figure: "in 2019" is year precision, "mid-summer 2025" season
/// precision (the meteorological season holding the date: March–May, June–August, September–November,
/// December–February), "in July" month precision.
/// </summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
    Season,
}
