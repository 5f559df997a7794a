using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>Turns a fact into the draft of its record kind: the fields that kind takes, its quotes, and how sure the reading is.</summary>
internal static class DraftFactory
{
    public static Draft Create(Fact fact, TokenizedReport report, DateOnly published)
    {
        var kind = KindOf(fact.Role);
        var count = new CountRequest
        {
            Best = (int)fact.Count.Best,
            Low = (int?)fact.Count.Low,
            High = (int?)fact.Count.High,
            Qualifier = fact.Count.Qualifier,
        };
        var isEvent = DraftKinds.IsEvent(kind);
        var asOf = fact.DateRole == DateRole.ToPublication ? fact.To : fact.DateRole == DateRole.Current ? published : fact.From;
        var precision = !isEvent && fact.DateRole == DateRole.ToPublication ? DatePrecision.Day : fact.Precision;
        var quotes = new List<DraftQuote> { Quote(report, fact.QuoteStart, fact.QuoteEnd) };
        quotes.AddRange(fact.OtherQuotes.Select(other => Quote(report, other.Start, other.End)).Where(quote => quotes.All(q => q.Start != quote.Start)));
        var notes = new List<string>(fact.Notes);
        if (fact.Person is { } person && kind != DraftKinds.Arrests)
        {
            notes.Add($"Named: {person.Name}{(person.Alias is null ? "" : $" ({person.Alias})")}{(person.Nationality is null ? "" : $", {person.Nationality}")}.");
        }

        var record = new DraftRecord
        {
            Count = count,
            StartDate = isEvent ? fact.From : null,
            EndDate = isEvent && fact.To != fact.From ? fact.To : null,
            AsOf = isEvent ? null : asOf,
            DatePrecision = precision,
            Country = fact.Country,
            Countries = kind == DraftKinds.StrengthEstimates ? fact.Countries : null,
            Region = fact.Region,
            Locality = fact.Locality,
            CampId = kind is DraftKinds.CampPopulations or DraftKinds.Transfers || fact.CampIds.Count != 1 ? null : fact.CampIds[0],
            CampIds = kind == DraftKinds.CampPopulations ? fact.CampIds : null,
            Title = kind == DraftKinds.Operations ? quotes[0].Text : null,
            Type = kind == DraftKinds.Operations ? OperationTypeOf(fact) : null,
            ForceIds = kind == DraftKinds.Operations ? fact.ForceIds : null,
            Affiliation = kind == DraftKinds.Casualties ? fact.Affiliation ?? CasualtyAffiliation.Unknown : null,
            Outcome = fact.Role switch { FactRole.Killed => CasualtyOutcome.Killed, FactRole.Wounded => CasualtyOutcome.Wounded, _ => null },
            ArrestingForceId = kind == DraftKinds.Arrests ? fact.ActorForceId : null,
            PersonIds = kind is DraftKinds.Arrests or DraftKinds.Casualties && fact.Person?.PersonId is { } personId ? [personId] : null,
            PersonName = kind == DraftKinds.Arrests ? fact.Person?.Name : null,
            PersonAlias = kind == DraftKinds.Arrests ? fact.Person?.Alias : null,
            PersonNationality = kind == DraftKinds.Arrests ? fact.Person?.Nationality : null,
            PersonRole = kind == DraftKinds.Arrests ? fact.Person?.Role : null,
            Facility = kind is DraftKinds.DetaineeFigures or DraftKinds.Transfers ? fact.Facility : null,
            CustodianForceId = kind == DraftKinds.DetaineeFigures ? fact.ActorForceId : null,
            ForceId = kind == DraftKinds.StrengthEstimates ? fact.InsurgentForceId : null,
            TransferKind = kind == DraftKinds.Transfers ? fact.TransferKind : null,
            Unit = kind == DraftKinds.Transfers ? fact.Families ? "families" : "individuals" : null,
            FromCampIds = kind == DraftKinds.Transfers && fact.CampIds.Count > 0 ? fact.CampIds : null,
            FromForceId = kind == DraftKinds.Transfers && fact.TransferKind == "detaineeTransfer" ? fact.ActorForceId : null,
            ToCountry = kind == DraftKinds.Transfers ? fact.ToCountry : null,
            Notes = notes.Count > 0 ? string.Join(" ", notes) : null,
        };

        return new Draft
        {
            Kind = kind,
            Record = record,
            Quotes = quotes,
            AttributedTo = fact.Attribution is { } attribution ? new DraftAttribution(attribution.ForceId, attribution.Text) : null,
            Confidence = Confidence(fact),
            Unresolved = fact.Unresolved
                .Select(name => new UnresolvedName(name.Text, name.Type.ToString().ToLowerInvariant(), report.Tokens[name.Start].Start, report.Tokens[name.End - 1].End))
                .DistinctBy(name => (name.Text, name.Type))
                .ToList(),
            Missing = MissingOf(kind, record),
        };
    }

    public static string KindOf(FactRole role) => role switch
    {
        FactRole.Killed or FactRole.Wounded => DraftKinds.Casualties,
        FactRole.Arrested => DraftKinds.Arrests,
        FactRole.Operation => DraftKinds.Operations,
        FactRole.Transfer => DraftKinds.Transfers,
        FactRole.Held => DraftKinds.DetaineeFigures,
        FactRole.Residents => DraftKinds.CampPopulations,
        _ => DraftKinds.StrengthEstimates,
    };

    private static DraftQuote Quote(TokenizedReport report, int first, int end)
    {
        // The passage without the punctuation around it (a clause's closing point or comma); quotes and brackets stay.
        while (end - first > 1 && IsPunctuation(report.Tokens[end - 1]))
        {
            end--;
        }

        while (end - first > 1 && IsPunctuation(report.Tokens[first]))
        {
            first++;
        }

        var start = report.Tokens[first].Start;
        var stop = report.Tokens[end - 1].End;
        return new DraftQuote(report.Text[start..stop], start, stop);
    }

    private static bool IsPunctuation(Token token) =>
        token.Kind == TokenKind.Symbol && token.Symbol is '.' or ',' or '،' or ':' or ';' or '؛' or '!' or '?' or '؟' or '-' or '–' or '—';

    private static OperationType OperationTypeOf(Fact fact)
    {
        var type = fact.OperationType ?? OperationType.Other;
        var one = fact.Count.Best == 1 && fact.Count.Qualifier == CountQualifier.Exact;
        return type == OperationType.Other && !one ? OperationType.Summary : type;
    }

    /// <summary>
    /// How directly the text said it: a trigger word right by the figure and a date in its own sentence make a reading
    /// sure; a vague quantity, a kind read from the clause's frame alone, or a date taken from the publication make it less so.
    /// </summary>
    private static double Confidence(Fact fact)
    {
        var confidence = 0.45 + Math.Min(fact.RoleScore, 11) / 11 * 0.3;
        confidence += fact.DateStrength switch
        {
            DateStrength.Own => 0.1,
            DateStrength.Inherited => 0.05,
            DateStrength.Announcement => 0.03,
            _ => -0.1,
        };
        if (fact.Count.Vague)
        {
            confidence -= 0.15;
        }

        if (fact.Attribution is not null)
        {
            confidence += 0.05;
        }

        if (fact.Role is FactRole.Killed or FactRole.Wounded && fact.Affiliation is null or CasualtyAffiliation.Unknown)
        {
            confidence -= 0.1;
        }

        if (fact.Count.Singular)
        {
            confidence -= 0.05;
        }

        return Math.Round(Math.Clamp(confidence, 0.05, 0.99), 2);
    }

    private static List<string> MissingOf(string kind, DraftRecord record)
    {
        var missing = new List<string>();
        if (kind is DraftKinds.Operations or DraftKinds.Casualties or DraftKinds.Arrests or DraftKinds.DetaineeFigures && record.Country is null)
        {
            missing.Add("country");
        }

        switch (kind)
        {
            case DraftKinds.DetaineeFigures when record.Facility is null:
                missing.Add("facility");
                break;
            case DraftKinds.CampPopulations when record.CampIds is not { Count: > 0 }:
                missing.Add("campIds");
                break;
            case DraftKinds.Transfers when record.FromCampIds is not { Count: > 0 } && record.Facility is null && record.FromForceId is null:
                missing.Add("fromCampIds");
                break;
            case DraftKinds.StrengthEstimates:
                if (record.ForceId is null)
                {
                    missing.Add("forceId");
                }

                if (record.Countries is not { Count: > 0 })
                {
                    missing.Add("countries");
                }

                break;
        }

        return missing;
    }
}
