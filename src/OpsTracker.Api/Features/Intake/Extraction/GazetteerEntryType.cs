namespace OpsTracker.Api.Features.Intake.Extraction;

public enum GazetteerEntryType
{
    Force,
    Camp,
    Person,
}
