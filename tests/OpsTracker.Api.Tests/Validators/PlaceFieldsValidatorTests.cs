using FluentValidation.TestHelper;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Tests.Validators;

public sealed class PlaceFieldsValidatorTests
{
    private readonly PlaceFieldsValidator _place = new();
    private readonly CoordinatesValidator _coordinates = new();

    [Theory]
    [InlineData("SY", null, null)]
    [InlineData("IQ", 36.34, 43.13)]
    [InlineData("SY", -90.0, -180.0)]
    [InlineData("SY", 90.0, 180.0)]
    [InlineData("SY", 0.0, 0.0)]
    public void A_country_code_with_both_or_no_coordinates_in_range_is_valid(string country, double? latitude, double? longitude)
    {
        var result = _place.TestValidate(new OperationRequest { Country = country, Latitude = latitude, Longitude = longitude });

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(null, "country is required (ISO 3166-1 alpha-2, e.g. SY).")]
    [InlineData("", "country is required (ISO 3166-1 alpha-2, e.g. SY).")]
    [InlineData("sy", "'sy' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. SY, IQ).")]
    [InlineData("Sy", "'Sy' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. SY, IQ).")]
    [InlineData("SYR", "'SYR' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. SY, IQ).")]
    [InlineData("XX", "'XX' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. SY, IQ).")]
    [InlineData("ZZ", "'ZZ' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. SY, IQ).")]
    public void A_missing_or_unassigned_country_code_is_an_error_on_country(string? country, string message)
    {
        var result = _place.TestValidate(new OperationRequest { Country = country });

        result.ShouldHaveValidationErrorFor(p => p.Country).WithErrorMessage(message);
    }

    [Theory]
    [InlineData(90.0001, 0.0, "Latitude", "latitude must be between -90 and 90.")]
    [InlineData(-90.0001, 0.0, "Latitude", "latitude must be between -90 and 90.")]
    [InlineData(0.0, 180.0001, "Longitude", "longitude must be between -180 and 180.")]
    [InlineData(0.0, -180.0001, "Longitude", "longitude must be between -180 and 180.")]
    [InlineData(36.37, null, "Longitude", "Give longitude with latitude.")]
    [InlineData(null, 41.14, "Latitude", "Give latitude with longitude.")]
    public void Coordinates_out_of_range_or_alone_are_an_error_on_the_coordinate(double? latitude, double? longitude, string field, string message)
    {
        var place = _place.TestValidate(new OperationRequest { Country = "SY", Latitude = latitude, Longitude = longitude });
        var camp = _coordinates.TestValidate(new CampRequest { Name = "al-Hol", Latitude = latitude, Longitude = longitude });

        place.ShouldHaveValidationErrorFor(field).WithErrorMessage(message);
        camp.ShouldHaveValidationErrorFor(field).WithErrorMessage(message);
    }

    [Fact]
    public void Region_and_locality_are_limited_to_200_characters()
    {
        var atLimit = _place.TestValidate(new OperationRequest { Country = "SY", Region = new string('r', 200), Locality = new string('l', 200) });
        var over = _place.TestValidate(new OperationRequest { Country = "SY", Region = new string('r', 201), Locality = new string('l', 201) });

        atLimit.ShouldNotHaveAnyValidationErrors();
        over.ShouldHaveValidationErrorFor(p => p.Region);
        over.ShouldHaveValidationErrorFor(p => p.Locality);
    }
}
