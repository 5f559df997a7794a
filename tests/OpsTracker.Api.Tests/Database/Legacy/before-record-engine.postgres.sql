--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;


--
-- Name: Arrests_Count(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Arrests_Count"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    change bigint := 0;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF old."DeletedAt" IS NULL THEN
            change := change - 1;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF new."DeletedAt" IS NULL THEN
            change := change + 1;
        END IF;
    END IF;
    IF change <> 0 THEN
        UPDATE "LiveRecordCounts" SET "Count" = "Count" + change WHERE "Table" = 'Arrests';
    END IF;
    RETURN NULL;
END;
$$;


--
-- Name: Arrests_CountInserted(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Arrests_CountInserted"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE "LiveRecordCounts" SET "Count" = "Count" + n."Added"
    FROM (SELECT COUNT(*) AS "Added" FROM inserted WHERE "DeletedAt" IS NULL) AS n
    WHERE "Table" = 'Arrests' AND n."Added" <> 0;
    RETURN NULL;
END;
$$;


--
-- Name: Arrests_LongestPeriod(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Arrests_LongestPeriod"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE "LongestPeriods" SET "Days" = CASE WHEN new."EndDate" IS NULL THEN 0
     WHEN isfinite(new."StartDate") AND isfinite(new."EndDate") THEN new."EndDate" - new."StartDate"
     ELSE 2147483647 END
    WHERE "Table" = 'Arrests' AND "Days" < CASE WHEN new."EndDate" IS NULL THEN 0
     WHEN isfinite(new."StartDate") AND isfinite(new."EndDate") THEN new."EndDate" - new."StartDate"
     ELSE 2147483647 END;
    RETURN NULL;
END;
$$;


--
-- Name: Arrests_LongestPeriodInserted(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Arrests_LongestPeriodInserted"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE "LongestPeriods" SET "Days" = n."Days"
    FROM (SELECT MAX(CASE WHEN i."EndDate" IS NULL THEN 0
     WHEN isfinite(i."StartDate") AND isfinite(i."EndDate") THEN i."EndDate" - i."StartDate"
     ELSE 2147483647 END) AS "Days" FROM inserted AS i) AS n
    WHERE "LongestPeriods"."Table" = 'Arrests' AND "LongestPeriods"."Days" < n."Days";
    RETURN NULL;
END;
$$;


--
-- Name: Arrests_Totals(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Arrests_Totals"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF old."DeletedAt" IS NULL THEN
            UPDATE "RunningTotals" SET
    "Best" = "Best" - old."CountBest", "Low" = "Low" - CASE WHEN old."CountQualifier" = 'MoreThan' THEN COALESCE(old."CountLow", old."CountBest" + 1)
     WHEN old."CountQualifier" IN ('AtMost', 'LessThan') THEN COALESCE(old."CountLow", 0)
     ELSE COALESCE(old."CountLow", old."CountBest") END, "High" = "High" - CASE WHEN old."CountQualifier" IN ('AtLeast', 'MoreThan') THEN 0
     WHEN old."CountQualifier" = 'LessThan' THEN COALESCE(old."CountHigh", old."CountBest" - 1)
     ELSE COALESCE(old."CountHigh", old."CountBest") END,
    "Unbounded" = "Unbounded" - CASE WHEN old."CountQualifier" IN ('AtLeast', 'MoreThan') THEN 1 ELSE 0 END, "Records" = "Records" - 1
WHERE "Metric" = 'arrested';
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF new."DeletedAt" IS NULL THEN
            UPDATE "RunningTotals" SET
    "Best" = "Best" + new."CountBest", "Low" = "Low" + CASE WHEN new."CountQualifier" = 'MoreThan' THEN COALESCE(new."CountLow", new."CountBest" + 1)
     WHEN new."CountQualifier" IN ('AtMost', 'LessThan') THEN COALESCE(new."CountLow", 0)
     ELSE COALESCE(new."CountLow", new."CountBest") END, "High" = "High" + CASE WHEN new."CountQualifier" IN ('AtLeast', 'MoreThan') THEN 0
     WHEN new."CountQualifier" = 'LessThan' THEN COALESCE(new."CountHigh", new."CountBest" - 1)
     ELSE COALESCE(new."CountHigh", new."CountBest") END,
    "Unbounded" = "Unbounded" + CASE WHEN new."CountQualifier" IN ('AtLeast', 'MoreThan') THEN 1 ELSE 0 END, "Records" = "Records" + 1
WHERE "Metric" = 'arrested';
        END IF;
    END IF;
    RETURN NULL;
END;
$$;


--
-- Name: Arrests_TotalsInserted(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Arrests_TotalsInserted"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE "RunningTotals" SET
        "Best" = "RunningTotals"."Best" + t."Best", "Low" = "RunningTotals"."Low" + t."Low",
        "High" = "RunningTotals"."High" + t."High", "Unbounded" = "RunningTotals"."Unbounded" + t."Unbounded",
        "Records" = "RunningTotals"."Records" + t."Records"
    FROM (
        SELECT 'arrested' AS "Metric", SUM(i."CountBest") AS "Best", SUM(CASE WHEN i."CountQualifier" = 'MoreThan' THEN COALESCE(i."CountLow", i."CountBest" + 1)
     WHEN i."CountQualifier" IN ('AtMost', 'LessThan') THEN COALESCE(i."CountLow", 0)
     ELSE COALESCE(i."CountLow", i."CountBest") END) AS "Low",
            SUM(CASE WHEN i."CountQualifier" IN ('AtLeast', 'MoreThan') THEN 0
     WHEN i."CountQualifier" = 'LessThan' THEN COALESCE(i."CountHigh", i."CountBest" - 1)
     ELSE COALESCE(i."CountHigh", i."CountBest") END) AS "High", SUM(CASE WHEN i."CountQualifier" IN ('AtLeast', 'MoreThan') THEN 1 ELSE 0 END) AS "Unbounded", COUNT(*) AS "Records"
        FROM inserted AS i WHERE i."DeletedAt" IS NULL GROUP BY 1
    ) AS t
    WHERE "RunningTotals"."Metric" = t."Metric";
    RETURN NULL;
END;
$$;


--
-- Name: CampPopulationFigures_Count(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."CampPopulationFigures_Count"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    change bigint := 0;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF old."DeletedAt" IS NULL THEN
            change := change - 1;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF new."DeletedAt" IS NULL THEN
            change := change + 1;
        END IF;
    END IF;
    IF change <> 0 THEN
        UPDATE "LiveRecordCounts" SET "Count" = "Count" + change WHERE "Table" = 'CampPopulationFigures';
    END IF;
    RETURN NULL;
END;
$$;


--
-- Name: CampPopulationFigures_CountInserted(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."CampPopulationFigures_CountInserted"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE "LiveRecordCounts" SET "Count" = "Count" + n."Added"
    FROM (SELECT COUNT(*) AS "Added" FROM inserted WHERE "DeletedAt" IS NULL) AS n
    WHERE "Table" = 'CampPopulationFigures' AND n."Added" <> 0;
    RETURN NULL;
END;
$$;


--
-- Name: Camps_Count(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Camps_Count"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    change bigint := 0;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF old."DeletedAt" IS NULL THEN
            change := change - 1;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF new."DeletedAt" IS NULL THEN
            change := change + 1;
        END IF;
    END IF;
    IF change <> 0 THEN
        UPDATE "LiveRecordCounts" SET "Count" = "Count" + change WHERE "Table" = 'Camps';
    END IF;
    RETURN NULL;
END;
$$;


--
-- Name: Camps_CountInserted(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Camps_CountInserted"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE "LiveRecordCounts" SET "Count" = "Count" + n."Added"
    FROM (SELECT COUNT(*) AS "Added" FROM inserted WHERE "DeletedAt" IS NULL) AS n
    WHERE "Table" = 'Camps' AND n."Added" <> 0;
    RETURN NULL;
END;
$$;


--
-- Name: Casualties_Count(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Casualties_Count"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    change bigint := 0;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF old."DeletedAt" IS NULL THEN
            change := change - 1;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF new."DeletedAt" IS NULL THEN
            change := change + 1;
        END IF;
    END IF;
    IF change <> 0 THEN
        UPDATE "LiveRecordCounts" SET "Count" = "Count" + change WHERE "Table" = 'Casualties';
    END IF;
    RETURN NULL;
END;
$$;


--
-- Name: Casualties_CountInserted(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Casualties_CountInserted"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE "LiveRecordCounts" SET "Count" = "Count" + n."Added"
    FROM (SELECT COUNT(*) AS "Added" FROM inserted WHERE "DeletedAt" IS NULL) AS n
    WHERE "Table" = 'Casualties' AND n."Added" <> 0;
    RETURN NULL;
END;
$$;


--
-- Name: Casualties_LongestPeriod(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Casualties_LongestPeriod"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE "LongestPeriods" SET "Days" = CASE WHEN new."EndDate" IS NULL THEN 0
     WHEN isfinite(new."StartDate") AND isfinite(new."EndDate") THEN new."EndDate" - new."StartDate"
     ELSE 2147483647 END
    WHERE "Table" = 'Casualties' AND "Days" < CASE WHEN new."EndDate" IS NULL THEN 0
     WHEN isfinite(new."StartDate") AND isfinite(new."EndDate") THEN new."EndDate" - new."StartDate"
     ELSE 2147483647 END;
    RETURN NULL;
END;
$$;


--
-- Name: Casualties_LongestPeriodInserted(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Casualties_LongestPeriodInserted"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE "LongestPeriods" SET "Days" = n."Days"
    FROM (SELECT MAX(CASE WHEN i."EndDate" IS NULL THEN 0
     WHEN isfinite(i."StartDate") AND isfinite(i."EndDate") THEN i."EndDate" - i."StartDate"
     ELSE 2147483647 END) AS "Days" FROM inserted AS i) AS n
    WHERE "LongestPeriods"."Table" = 'Casualties' AND "LongestPeriods"."Days" < n."Days";
    RETURN NULL;
END;
$$;


--
-- Name: Casualties_Totals(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Casualties_Totals"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF old."DeletedAt" IS NULL THEN
            UPDATE "RunningTotals" SET
    "Best" = "Best" - old."CountBest", "Low" = "Low" - CASE WHEN old."CountQualifier" = 'MoreThan' THEN COALESCE(old."CountLow", old."CountBest" + 1)
     WHEN old."CountQualifier" IN ('AtMost', 'LessThan') THEN COALESCE(old."CountLow", 0)
     ELSE COALESCE(old."CountLow", old."CountBest") END, "High" = "High" - CASE WHEN old."CountQualifier" IN ('AtLeast', 'MoreThan') THEN 0
     WHEN old."CountQualifier" = 'LessThan' THEN COALESCE(old."CountHigh", old."CountBest" - 1)
     ELSE COALESCE(old."CountHigh", old."CountBest") END,
    "Unbounded" = "Unbounded" - CASE WHEN old."CountQualifier" IN ('AtLeast', 'MoreThan') THEN 1 ELSE 0 END, "Records" = "Records" - 1
WHERE "Metric" = CASE old."Outcome" WHEN 'Killed' THEN 'killed' WHEN 'Wounded' THEN 'wounded' END;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF new."DeletedAt" IS NULL THEN
            UPDATE "RunningTotals" SET
    "Best" = "Best" + new."CountBest", "Low" = "Low" + CASE WHEN new."CountQualifier" = 'MoreThan' THEN COALESCE(new."CountLow", new."CountBest" + 1)
     WHEN new."CountQualifier" IN ('AtMost', 'LessThan') THEN COALESCE(new."CountLow", 0)
     ELSE COALESCE(new."CountLow", new."CountBest") END, "High" = "High" + CASE WHEN new."CountQualifier" IN ('AtLeast', 'MoreThan') THEN 0
     WHEN new."CountQualifier" = 'LessThan' THEN COALESCE(new."CountHigh", new."CountBest" - 1)
     ELSE COALESCE(new."CountHigh", new."CountBest") END,
    "Unbounded" = "Unbounded" + CASE WHEN new."CountQualifier" IN ('AtLeast', 'MoreThan') THEN 1 ELSE 0 END, "Records" = "Records" + 1
WHERE "Metric" = CASE new."Outcome" WHEN 'Killed' THEN 'killed' WHEN 'Wounded' THEN 'wounded' END;
        END IF;
    END IF;
    RETURN NULL;
END;
$$;


--
-- Name: Casualties_TotalsInserted(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Casualties_TotalsInserted"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE "RunningTotals" SET
        "Best" = "RunningTotals"."Best" + t."Best", "Low" = "RunningTotals"."Low" + t."Low",
        "High" = "RunningTotals"."High" + t."High", "Unbounded" = "RunningTotals"."Unbounded" + t."Unbounded",
        "Records" = "RunningTotals"."Records" + t."Records"
    FROM (
        SELECT CASE i."Outcome" WHEN 'Killed' THEN 'killed' WHEN 'Wounded' THEN 'wounded' END AS "Metric", SUM(i."CountBest") AS "Best", SUM(CASE WHEN i."CountQualifier" = 'MoreThan' THEN COALESCE(i."CountLow", i."CountBest" + 1)
     WHEN i."CountQualifier" IN ('AtMost', 'LessThan') THEN COALESCE(i."CountLow", 0)
     ELSE COALESCE(i."CountLow", i."CountBest") END) AS "Low",
            SUM(CASE WHEN i."CountQualifier" IN ('AtLeast', 'MoreThan') THEN 0
     WHEN i."CountQualifier" = 'LessThan' THEN COALESCE(i."CountHigh", i."CountBest" - 1)
     ELSE COALESCE(i."CountHigh", i."CountBest") END) AS "High", SUM(CASE WHEN i."CountQualifier" IN ('AtLeast', 'MoreThan') THEN 1 ELSE 0 END) AS "Unbounded", COUNT(*) AS "Records"
        FROM inserted AS i WHERE i."DeletedAt" IS NULL GROUP BY 1
    ) AS t
    WHERE "RunningTotals"."Metric" = t."Metric";
    RETURN NULL;
END;
$$;


--
-- Name: DetaineeFigures_Count(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."DetaineeFigures_Count"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    change bigint := 0;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF old."DeletedAt" IS NULL THEN
            change := change - 1;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF new."DeletedAt" IS NULL THEN
            change := change + 1;
        END IF;
    END IF;
    IF change <> 0 THEN
        UPDATE "LiveRecordCounts" SET "Count" = "Count" + change WHERE "Table" = 'DetaineeFigures';
    END IF;
    RETURN NULL;
END;
$$;


--
-- Name: DetaineeFigures_CountInserted(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."DetaineeFigures_CountInserted"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE "LiveRecordCounts" SET "Count" = "Count" + n."Added"
    FROM (SELECT COUNT(*) AS "Added" FROM inserted WHERE "DeletedAt" IS NULL) AS n
    WHERE "Table" = 'DetaineeFigures' AND n."Added" <> 0;
    RETURN NULL;
END;
$$;


--
-- Name: Forces_Count(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Forces_Count"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    change bigint := 0;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF old."DeletedAt" IS NULL THEN
            change := change - 1;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF new."DeletedAt" IS NULL THEN
            change := change + 1;
        END IF;
    END IF;
    IF change <> 0 THEN
        UPDATE "LiveRecordCounts" SET "Count" = "Count" + change WHERE "Table" = 'Forces';
    END IF;
    RETURN NULL;
END;
$$;


--
-- Name: Forces_CountInserted(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Forces_CountInserted"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE "LiveRecordCounts" SET "Count" = "Count" + n."Added"
    FROM (SELECT COUNT(*) AS "Added" FROM inserted WHERE "DeletedAt" IS NULL) AS n
    WHERE "Table" = 'Forces' AND n."Added" <> 0;
    RETURN NULL;
END;
$$;


--
-- Name: Operations_Count(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Operations_Count"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    change bigint := 0;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF old."DeletedAt" IS NULL THEN
            change := change - 1;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF new."DeletedAt" IS NULL THEN
            change := change + 1;
        END IF;
    END IF;
    IF change <> 0 THEN
        UPDATE "LiveRecordCounts" SET "Count" = "Count" + change WHERE "Table" = 'Operations';
    END IF;
    RETURN NULL;
END;
$$;


--
-- Name: Operations_CountInserted(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Operations_CountInserted"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE "LiveRecordCounts" SET "Count" = "Count" + n."Added"
    FROM (SELECT COUNT(*) AS "Added" FROM inserted WHERE "DeletedAt" IS NULL) AS n
    WHERE "Table" = 'Operations' AND n."Added" <> 0;
    RETURN NULL;
END;
$$;


--
-- Name: Operations_LongestPeriod(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Operations_LongestPeriod"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE "LongestPeriods" SET "Days" = CASE WHEN new."EndDate" IS NULL THEN 0
     WHEN isfinite(new."StartDate") AND isfinite(new."EndDate") THEN new."EndDate" - new."StartDate"
     ELSE 2147483647 END
    WHERE "Table" = 'Operations' AND "Days" < CASE WHEN new."EndDate" IS NULL THEN 0
     WHEN isfinite(new."StartDate") AND isfinite(new."EndDate") THEN new."EndDate" - new."StartDate"
     ELSE 2147483647 END;
    RETURN NULL;
END;
$$;


--
-- Name: Operations_LongestPeriodInserted(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Operations_LongestPeriodInserted"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE "LongestPeriods" SET "Days" = n."Days"
    FROM (SELECT MAX(CASE WHEN i."EndDate" IS NULL THEN 0
     WHEN isfinite(i."StartDate") AND isfinite(i."EndDate") THEN i."EndDate" - i."StartDate"
     ELSE 2147483647 END) AS "Days" FROM inserted AS i) AS n
    WHERE "LongestPeriods"."Table" = 'Operations' AND "LongestPeriods"."Days" < n."Days";
    RETURN NULL;
END;
$$;


--
-- Name: Operations_Totals(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Operations_Totals"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF old."DeletedAt" IS NULL THEN
            UPDATE "RunningTotals" SET
    "Best" = "Best" - old."CountBest", "Low" = "Low" - CASE WHEN old."CountQualifier" = 'MoreThan' THEN COALESCE(old."CountLow", old."CountBest" + 1)
     WHEN old."CountQualifier" IN ('AtMost', 'LessThan') THEN COALESCE(old."CountLow", 0)
     ELSE COALESCE(old."CountLow", old."CountBest") END, "High" = "High" - CASE WHEN old."CountQualifier" IN ('AtLeast', 'MoreThan') THEN 0
     WHEN old."CountQualifier" = 'LessThan' THEN COALESCE(old."CountHigh", old."CountBest" - 1)
     ELSE COALESCE(old."CountHigh", old."CountBest") END,
    "Unbounded" = "Unbounded" - CASE WHEN old."CountQualifier" IN ('AtLeast', 'MoreThan') THEN 1 ELSE 0 END, "Records" = "Records" - 1
WHERE "Metric" = 'operations';
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF new."DeletedAt" IS NULL THEN
            UPDATE "RunningTotals" SET
    "Best" = "Best" + new."CountBest", "Low" = "Low" + CASE WHEN new."CountQualifier" = 'MoreThan' THEN COALESCE(new."CountLow", new."CountBest" + 1)
     WHEN new."CountQualifier" IN ('AtMost', 'LessThan') THEN COALESCE(new."CountLow", 0)
     ELSE COALESCE(new."CountLow", new."CountBest") END, "High" = "High" + CASE WHEN new."CountQualifier" IN ('AtLeast', 'MoreThan') THEN 0
     WHEN new."CountQualifier" = 'LessThan' THEN COALESCE(new."CountHigh", new."CountBest" - 1)
     ELSE COALESCE(new."CountHigh", new."CountBest") END,
    "Unbounded" = "Unbounded" + CASE WHEN new."CountQualifier" IN ('AtLeast', 'MoreThan') THEN 1 ELSE 0 END, "Records" = "Records" + 1
WHERE "Metric" = 'operations';
        END IF;
    END IF;
    RETURN NULL;
END;
$$;


--
-- Name: Operations_TotalsInserted(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Operations_TotalsInserted"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE "RunningTotals" SET
        "Best" = "RunningTotals"."Best" + t."Best", "Low" = "RunningTotals"."Low" + t."Low",
        "High" = "RunningTotals"."High" + t."High", "Unbounded" = "RunningTotals"."Unbounded" + t."Unbounded",
        "Records" = "RunningTotals"."Records" + t."Records"
    FROM (
        SELECT 'operations' AS "Metric", SUM(i."CountBest") AS "Best", SUM(CASE WHEN i."CountQualifier" = 'MoreThan' THEN COALESCE(i."CountLow", i."CountBest" + 1)
     WHEN i."CountQualifier" IN ('AtMost', 'LessThan') THEN COALESCE(i."CountLow", 0)
     ELSE COALESCE(i."CountLow", i."CountBest") END) AS "Low",
            SUM(CASE WHEN i."CountQualifier" IN ('AtLeast', 'MoreThan') THEN 0
     WHEN i."CountQualifier" = 'LessThan' THEN COALESCE(i."CountHigh", i."CountBest" - 1)
     ELSE COALESCE(i."CountHigh", i."CountBest") END) AS "High", SUM(CASE WHEN i."CountQualifier" IN ('AtLeast', 'MoreThan') THEN 1 ELSE 0 END) AS "Unbounded", COUNT(*) AS "Records"
        FROM inserted AS i WHERE i."DeletedAt" IS NULL GROUP BY 1
    ) AS t
    WHERE "RunningTotals"."Metric" = t."Metric";
    RETURN NULL;
END;
$$;


--
-- Name: Sources_Count(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Sources_Count"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    change bigint := 0;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF old."DeletedAt" IS NULL THEN
            change := change - 1;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF new."DeletedAt" IS NULL THEN
            change := change + 1;
        END IF;
    END IF;
    IF change <> 0 THEN
        UPDATE "LiveRecordCounts" SET "Count" = "Count" + change WHERE "Table" = 'Sources';
    END IF;
    RETURN NULL;
END;
$$;


--
-- Name: Sources_CountInserted(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public."Sources_CountInserted"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE "LiveRecordCounts" SET "Count" = "Count" + n."Added"
    FROM (SELECT COUNT(*) AS "Added" FROM inserted WHERE "DeletedAt" IS NULL) AS n
    WHERE "Table" = 'Sources' AND n."Added" <> 0;
    RETURN NULL;
END;
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: ApiKeys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ApiKeys" (
    "Id" bigint NOT NULL,
    "Name" character varying(100) NOT NULL,
    "Role" character varying(10) NOT NULL,
    "KeyHash" bytea NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "RevokedAt" timestamp with time zone
);


--
-- Name: ApiKeys_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."ApiKeys" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."ApiKeys_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ArrestSources; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ArrestSources" (
    "ArrestId" bigint NOT NULL,
    "SourceId" bigint NOT NULL
);


--
-- Name: Arrests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Arrests" (
    "Id" bigint NOT NULL,
    "OperationId" bigint,
    "ArrestingForceId" bigint,
    "StartDate" date NOT NULL,
    "EndDate" date,
    "DatePrecision" character varying(10) NOT NULL,
    "Country" character varying(2) NOT NULL,
    "Region" character varying(200),
    "Locality" character varying(200),
    "Latitude" double precision,
    "Longitude" double precision,
    "CampId" bigint,
    "PersonName" character varying(200),
    "PersonAlias" character varying(200),
    "PersonNationality" character varying(2),
    "PersonRole" character varying(200),
    "CountBest" integer NOT NULL,
    "CountHigh" integer,
    "CountLow" integer,
    "CountQualifier" character varying(20) NOT NULL,
    "ExternalId" character varying(200),
    "Notes" character varying(4000),
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" bigint NOT NULL,
    "DeletedAt" timestamp with time zone,
    "SearchText" text NOT NULL
);


--
-- Name: Arrests_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."Arrests" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."Arrests_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: AuditEntries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."AuditEntries" (
    "Id" bigint NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "KeyName" character varying(200) NOT NULL,
    "Resource" character varying(40) NOT NULL,
    "RecordId" bigint NOT NULL,
    "Action" character varying(10) NOT NULL,
    "Version" bigint NOT NULL,
    "Before" text,
    "After" text
);


--
-- Name: AuditEntries_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."AuditEntries" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."AuditEntries_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: CampPopulationFigureCamps; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."CampPopulationFigureCamps" (
    "CampPopulationFigureId" bigint NOT NULL,
    "CampId" bigint NOT NULL
);


--
-- Name: CampPopulationFigureSources; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."CampPopulationFigureSources" (
    "CampPopulationFigureId" bigint NOT NULL,
    "SourceId" bigint NOT NULL
);


--
-- Name: CampPopulationFigures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."CampPopulationFigures" (
    "Id" bigint NOT NULL,
    "AsOf" date NOT NULL,
    "DatePrecision" character varying(10) NOT NULL,
    "CountBest" integer NOT NULL,
    "CountHigh" integer,
    "CountLow" integer,
    "CountQualifier" character varying(20) NOT NULL,
    "ExternalId" character varying(200),
    "Notes" character varying(4000),
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" bigint NOT NULL,
    "DeletedAt" timestamp with time zone,
    "SearchText" text NOT NULL
);


--
-- Name: CampPopulationFigures_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."CampPopulationFigures" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."CampPopulationFigures_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: Camps; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Camps" (
    "Id" bigint NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Aliases" text[] NOT NULL,
    "Country" character varying(2),
    "Region" character varying(200),
    "Latitude" double precision,
    "Longitude" double precision,
    "NamesText" text NOT NULL,
    "ExternalId" character varying(200),
    "Notes" character varying(4000),
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" bigint NOT NULL,
    "DeletedAt" timestamp with time zone,
    "SearchText" text NOT NULL
);


--
-- Name: Camps_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."Camps" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."Camps_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: Casualties; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Casualties" (
    "Id" bigint NOT NULL,
    "OperationId" bigint,
    "Affiliation" character varying(30) NOT NULL,
    "Outcome" character varying(10) NOT NULL,
    "StartDate" date NOT NULL,
    "EndDate" date,
    "DatePrecision" character varying(10) NOT NULL,
    "Country" character varying(2) NOT NULL,
    "Region" character varying(200),
    "Locality" character varying(200),
    "Latitude" double precision,
    "Longitude" double precision,
    "CampId" bigint,
    "CountBest" integer NOT NULL,
    "CountHigh" integer,
    "CountLow" integer,
    "CountQualifier" character varying(20) NOT NULL,
    "ExternalId" character varying(200),
    "Notes" character varying(4000),
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" bigint NOT NULL,
    "DeletedAt" timestamp with time zone,
    "SearchText" text NOT NULL
);


--
-- Name: Casualties_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."Casualties" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."Casualties_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: CasualtySources; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."CasualtySources" (
    "CasualtyId" bigint NOT NULL,
    "SourceId" bigint NOT NULL
);


--
-- Name: DetaineeFigureSources; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."DetaineeFigureSources" (
    "DetaineeFigureId" bigint NOT NULL,
    "SourceId" bigint NOT NULL
);


--
-- Name: DetaineeFigures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."DetaineeFigures" (
    "Id" bigint NOT NULL,
    "AsOf" date NOT NULL,
    "DatePrecision" character varying(10) NOT NULL,
    "Facility" character varying(200) NOT NULL,
    "CustodianForceId" bigint,
    "Country" character varying(2) NOT NULL,
    "Region" character varying(200),
    "Locality" character varying(200),
    "Latitude" double precision,
    "Longitude" double precision,
    "CampId" bigint,
    "CountBest" integer NOT NULL,
    "CountHigh" integer,
    "CountLow" integer,
    "CountQualifier" character varying(20) NOT NULL,
    "ExternalId" character varying(200),
    "Notes" character varying(4000),
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" bigint NOT NULL,
    "DeletedAt" timestamp with time zone,
    "SearchText" text NOT NULL
);


--
-- Name: DetaineeFigures_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."DetaineeFigures" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."DetaineeFigures_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: Forces; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Forces" (
    "Id" bigint NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Acronym" character varying(50),
    "Aliases" text[] NOT NULL,
    "Kind" character varying(30) NOT NULL,
    "ParentId" bigint,
    "NamesText" text NOT NULL,
    "ExternalId" character varying(200),
    "Notes" character varying(4000),
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" bigint NOT NULL,
    "DeletedAt" timestamp with time zone,
    "SearchText" text NOT NULL
);


--
-- Name: Forces_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."Forces" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."Forces_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: LiveRecordCounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."LiveRecordCounts" (
    "Table" character varying(40) NOT NULL,
    "Count" bigint NOT NULL
);


--
-- Name: LongestPeriods; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."LongestPeriods" (
    "Table" character varying(40) NOT NULL,
    "Days" integer NOT NULL
);


--
-- Name: OperationForces; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."OperationForces" (
    "OperationId" bigint NOT NULL,
    "ForceId" bigint NOT NULL
);


--
-- Name: OperationSources; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."OperationSources" (
    "OperationId" bigint NOT NULL,
    "SourceId" bigint NOT NULL
);


--
-- Name: Operations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Operations" (
    "Id" bigint NOT NULL,
    "Title" character varying(4000) NOT NULL,
    "Type" character varying(30) NOT NULL,
    "StartDate" date NOT NULL,
    "EndDate" date,
    "DatePrecision" character varying(10) NOT NULL,
    "Country" character varying(2) NOT NULL,
    "Region" character varying(200),
    "Locality" character varying(200),
    "Latitude" double precision,
    "Longitude" double precision,
    "CampId" bigint,
    "CountBest" integer NOT NULL,
    "CountHigh" integer,
    "CountLow" integer,
    "CountQualifier" character varying(20) NOT NULL,
    "ExternalId" character varying(200),
    "Notes" character varying(4000),
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" bigint NOT NULL,
    "DeletedAt" timestamp with time zone,
    "SearchText" text NOT NULL
);


--
-- Name: Operations_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."Operations" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."Operations_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: RunningTotals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."RunningTotals" (
    "Metric" character varying(20) NOT NULL,
    "Best" bigint NOT NULL,
    "Low" bigint NOT NULL,
    "High" bigint NOT NULL,
    "Unbounded" bigint NOT NULL,
    "Records" bigint NOT NULL
);


--
-- Name: Sources; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Sources" (
    "Id" bigint NOT NULL,
    "Title" character varying(4000) NOT NULL,
    "Publisher" character varying(200) NOT NULL,
    "Url" character varying(2048),
    "Language" character varying(35),
    "PublishedOn" date,
    "Kind" character varying(30) NOT NULL,
    "Reliability" character varying(1) NOT NULL,
    "ExternalId" character varying(200),
    "Notes" character varying(4000),
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Version" bigint NOT NULL,
    "DeletedAt" timestamp with time zone,
    "SearchText" text NOT NULL
);


--
-- Name: Sources_Id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public."Sources" ALTER COLUMN "Id" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public."Sources_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: __EFMigrationsHistory; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL
);


--
-- Data for Name: ApiKeys; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: ArrestSources; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."ArrestSources" VALUES (1, 1);
INSERT INTO public."ArrestSources" VALUES (1, 2);
INSERT INTO public."ArrestSources" VALUES (1, 3);
INSERT INTO public."ArrestSources" VALUES (2, 3);


--
-- Data for Name: Arrests; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Arrests" VALUES (2, NULL, 3, '2025-11-08', NULL, 'Day', 'SY', 'Al-Hasakah', 'al-Hol camp', NULL, NULL, 1, 'Bahaa Musiri', 'أبو عبد الرحمن', 'IQ', 'ISIS leader', 1, NULL, NULL, 'Exact', 'sample:arrest:bahaa-musiri', 'Known as "Abu Abdul Rahman". Arrested by the SDF in coordination with the coalition inside al-Hol camp; dated by the SDF statement of 2025-11-08, as reported by Shafaq News.', '2026-12-05 23:33:09.903191+00', '2026-12-05 23:33:09.903191+00', 1, NULL, 'bahaa musiri|ابو عبد الرحمن|isis leader|al hasakah|al hol camp|known as abu abdul rahman arrested by the sdf in coordination with the coalition inside al hol camp dated by the sdf statement of 2025 11 08 as reported by shafaq news');
INSERT INTO public."Arrests" VALUES (1, 1, NULL, '2025-10-01', '2025-11-06', 'Day', 'SY', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 21, NULL, NULL, 'AtLeast', 'sample:arrest:isis-arrested-2025-10-01-2025-11-06', 'ISIS members arrested in the same operations (CENTCOM), corrected.', '2026-12-05 23:33:09.903191+00', '2026-12-05 23:33:24.77294+00', 2, NULL, 'isis members arrested in the same operations centcom corrected');


--
-- Data for Name: AuditEntries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."AuditEntries" VALUES (1, '2026-12-05 23:33:08.253568+00', 'sample-data', 'sources', 1, 'Create', 1, NULL, '{"id":1,"externalId":"sample:source:centcom-2025-11-13","title":"CENTCOM statement on operations against ISIS in Syria, 13 November 2025","publisher":"US Central Command (CENTCOM)","url":null,"language":"en","publishedOn":"2025-11-13","kind":"officialStatement","reliability":"F","notes":"Known here through the two Arabic news reports that relay it.","createdAt":"2026-12-05T23:33:08.253568Z","updatedAt":"2026-12-05T23:33:08.253568Z"}');
INSERT INTO public."AuditEntries" VALUES (2, '2026-12-05 23:33:08.253568+00', 'sample-data', 'sources', 2, 'Create', 1, NULL, '{"id":2,"externalId":"sample:source:sputnik-arabic-2025-11-13","title":"Sputnik Arabic report relaying the CENTCOM statement of 13 November 2025","publisher":"Sputnik Arabic","url":"https://sarabic.ae/","language":"ar","publishedOn":"2025-11-13","kind":"newsReport","reliability":"F","notes":null,"createdAt":"2026-12-05T23:33:08.253568Z","updatedAt":"2026-12-05T23:33:08.253568Z"}');
INSERT INTO public."AuditEntries" VALUES (3, '2026-12-05 23:33:08.253568+00', 'sample-data', 'sources', 3, 'Create', 1, NULL, '{"id":3,"externalId":"sample:source:shafaq-news-2025-11-13","title":"Shafaq News report from Damascus relaying the CENTCOM statement of 13 November 2025","publisher":"Shafaq News","url":"https://shafaq.com/","language":"ar","publishedOn":"2025-11-13","kind":"newsReport","reliability":"F","notes":"Also reports the SDF statement of 2025-11-08 on an arrest in al-Hol camp, and research reports\u0027 camp figures.","createdAt":"2026-12-05T23:33:08.253568Z","updatedAt":"2026-12-05T23:33:08.253568Z"}');
INSERT INTO public."AuditEntries" VALUES (4, '2026-12-05 23:33:09.139959+00', 'sample-data', 'forces', 5, 'Create', 1, NULL, '{"id":5,"externalId":"sample:force:cjtf-oir","name":"Combined Joint Task Force \u2013 Operation Inherent Resolve","acronym":"CJTF-OIR","aliases":["\u0642\u0648\u0629 \u0627\u0644\u0645\u0647\u0627\u0645 \u0627\u0644\u0645\u0634\u062A\u0631\u0643\u0629 \u2013 \u0639\u0645\u0644\u064A\u0629 \u0627\u0644\u0639\u0632\u0645 \u0627\u0644\u0635\u0644\u0628"],"kind":"coalition","parentId":1,"notes":null,"createdAt":"2026-12-05T23:33:09.139959Z","updatedAt":"2026-12-05T23:33:09.139959Z"}');
INSERT INTO public."AuditEntries" VALUES (5, '2026-12-05 23:33:08.253568+00', 'sample-data', 'forces', 2, 'Create', 1, NULL, '{"id":2,"externalId":"sample:force:global-coalition","name":"Global Coalition to Defeat ISIS","acronym":null,"aliases":["\u0627\u0644\u062A\u062D\u0627\u0644\u0641 \u0627\u0644\u062F\u0648\u0644\u064A","Global Coalition Against Daesh"],"kind":"coalition","parentId":null,"notes":null,"createdAt":"2026-12-05T23:33:08.253568Z","updatedAt":"2026-12-05T23:33:08.253568Z"}');
INSERT INTO public."AuditEntries" VALUES (6, '2026-12-05 23:33:08.253568+00', 'sample-data', 'forces', 4, 'Create', 1, NULL, '{"id":4,"externalId":"sample:force:isf","name":"Iraqi Security Forces","acronym":"ISF","aliases":["\u0627\u0644\u0642\u0648\u0627\u062A \u0627\u0644\u0623\u0645\u0646\u064A\u0629 \u0627\u0644\u0639\u0631\u0627\u0642\u064A\u0629"],"kind":"stateForce","parentId":null,"notes":null,"createdAt":"2026-12-05T23:33:08.253568Z","updatedAt":"2026-12-05T23:33:08.253568Z"}');
INSERT INTO public."AuditEntries" VALUES (7, '2026-12-05 23:33:08.253568+00', 'sample-data', 'forces', 3, 'Create', 1, NULL, '{"id":3,"externalId":"sample:force:sdf","name":"Syrian Democratic Forces","acronym":"SDF","aliases":["\u0642\u0648\u0627\u062A \u0633\u0648\u0631\u064A\u0627 \u0627\u0644\u062F\u064A\u0645\u0642\u0631\u0627\u0637\u064A\u0629","\u0642\u0633\u062F"],"kind":"partnerForce","parentId":null,"notes":null,"createdAt":"2026-12-05T23:33:08.253568Z","updatedAt":"2026-12-05T23:33:08.253568Z"}');
INSERT INTO public."AuditEntries" VALUES (8, '2026-12-05 23:33:08.253568+00', 'sample-data', 'forces', 1, 'Create', 1, NULL, '{"id":1,"externalId":"sample:force:centcom","name":"US Central Command","acronym":"CENTCOM","aliases":["\u0627\u0644\u0642\u064A\u0627\u062F\u0629 \u0627\u0644\u0645\u0631\u0643\u0632\u064A\u0629 \u0627\u0644\u0623\u0645\u0631\u064A\u0643\u064A\u0629","\u0633\u0646\u062A\u0643\u0648\u0645"],"kind":"stateForce","parentId":null,"notes":null,"createdAt":"2026-12-05T23:33:08.253568Z","updatedAt":"2026-12-05T23:33:08.253568Z"}');
INSERT INTO public."AuditEntries" VALUES (9, '2026-12-05 23:33:08.253568+00', 'sample-data', 'camps', 2, 'Create', 1, NULL, '{"id":2,"externalId":"sample:camp:roj","name":"Roj","aliases":["\u0631\u0648\u062C"],"country":"SY","region":"Al-Hasakah","latitude":null,"longitude":null,"notes":null,"createdAt":"2026-12-05T23:33:08.253568Z","updatedAt":"2026-12-05T23:33:08.253568Z"}');
INSERT INTO public."AuditEntries" VALUES (10, '2026-12-05 23:33:08.253568+00', 'sample-data', 'camps', 1, 'Create', 1, NULL, '{"id":1,"externalId":"sample:camp:al-hol","name":"al-Hol","aliases":["\u0627\u0644\u0647\u0648\u0644","Al Hol","al-Hawl"],"country":"SY","region":"Al-Hasakah","latitude":null,"longitude":null,"notes":null,"createdAt":"2026-12-05T23:33:08.253568Z","updatedAt":"2026-12-05T23:33:08.253568Z"}');
INSERT INTO public."AuditEntries" VALUES (11, '2026-12-05 23:33:09.419973+00', 'sample-data', 'operations', 1, 'Create', 1, NULL, '{"id":1,"externalId":"sample:operation:syria-2025-10-01-2025-11-06","title":"Operations against ISIS in Syria by CJTF-OIR with Syrian partners, 1 October to 6 November 2025","type":"summary","forceIds":[5],"startDate":"2025-10-01","endDate":"2025-11-06","datePrecision":"day","country":"SY","region":null,"locality":null,"campId":null,"latitude":null,"longitude":null,"sourceIds":[1,2,3],"count":{"best":22,"low":null,"high":null,"qualifier":"moreThan"},"notes":"\u0022More than 22 operations\u0022, conducted or advised by CJTF-OIR with Syrian partners (CENTCOM).","createdAt":"2026-12-05T23:33:09.419973Z","updatedAt":"2026-12-05T23:33:09.419973Z"}');
INSERT INTO public."AuditEntries" VALUES (12, '2026-12-05 23:33:09.903191+00', 'sample-data', 'casualties', 1, 'Create', 1, NULL, '{"id":1,"externalId":"sample:casualty:isis-killed-2025-10-01-2025-11-06","operationId":1,"affiliation":"isis","outcome":"killed","startDate":"2025-10-01","endDate":"2025-11-06","datePrecision":"day","country":"SY","region":null,"locality":null,"campId":null,"latitude":null,"longitude":null,"sourceIds":[1,2,3],"count":{"best":5,"low":null,"high":null,"qualifier":"exact"},"notes":"ISIS members killed in the same operations (CENTCOM).","createdAt":"2026-12-05T23:33:09.903191Z","updatedAt":"2026-12-05T23:33:09.903191Z"}');
INSERT INTO public."AuditEntries" VALUES (13, '2026-12-05 23:33:09.903191+00', 'sample-data', 'arrests', 1, 'Create', 1, NULL, '{"id":1,"externalId":"sample:arrest:isis-arrested-2025-10-01-2025-11-06","operationId":1,"arrestingForceId":null,"personName":null,"personAlias":null,"personNationality":null,"personRole":null,"startDate":"2025-10-01","endDate":"2025-11-06","datePrecision":"day","country":"SY","region":null,"locality":null,"campId":null,"latitude":null,"longitude":null,"sourceIds":[1,2,3],"count":{"best":19,"low":null,"high":null,"qualifier":"exact"},"notes":"ISIS members arrested in the same operations (CENTCOM).","createdAt":"2026-12-05T23:33:09.903191Z","updatedAt":"2026-12-05T23:33:09.903191Z"}');
INSERT INTO public."AuditEntries" VALUES (14, '2026-12-05 23:33:09.903191+00', 'sample-data', 'arrests', 2, 'Create', 1, NULL, '{"id":2,"externalId":"sample:arrest:bahaa-musiri","operationId":null,"arrestingForceId":3,"personName":"Bahaa Musiri","personAlias":"\u0623\u0628\u0648 \u0639\u0628\u062F \u0627\u0644\u0631\u062D\u0645\u0646","personNationality":"IQ","personRole":"ISIS leader","startDate":"2025-11-08","endDate":null,"datePrecision":"day","country":"SY","region":"Al-Hasakah","locality":"al-Hol camp","campId":1,"latitude":null,"longitude":null,"sourceIds":[3],"count":{"best":1,"low":null,"high":null,"qualifier":"exact"},"notes":"Known as \u0022Abu Abdul Rahman\u0022. Arrested by the SDF in coordination with the coalition inside al-Hol camp; dated by the SDF statement of 2025-11-08, as reported by Shafaq News.","createdAt":"2026-12-05T23:33:09.903191Z","updatedAt":"2026-12-05T23:33:09.903191Z"}');
INSERT INTO public."AuditEntries" VALUES (15, '2026-12-05 23:33:09.903191+00', 'sample-data', 'detainee-figures', 1, 'Create', 1, NULL, '{"id":1,"externalId":"sample:detainees:nes-prisons-mid-2025","asOf":"2025-07-01","datePrecision":"month","facility":"prisons and camps in north-east Syria","custodianForceId":null,"country":"SY","region":null,"locality":null,"campId":null,"latitude":null,"longitude":null,"sourceIds":[3],"count":{"best":9000,"low":null,"high":null,"qualifier":"approximately"},"notes":"About 9,000 ISIS fighters held by coalition partners, as of mid-2025.","createdAt":"2026-12-05T23:33:09.903191Z","updatedAt":"2026-12-05T23:33:09.903191Z"}');
INSERT INTO public."AuditEntries" VALUES (16, '2026-12-05 23:33:09.903191+00', 'sample-data', 'camp-populations', 1, 'Create', 1, NULL, '{"id":1,"externalId":"sample:camps:al-hol-roj-2019","campIds":[1,2],"asOf":"2019-01-01","datePrecision":"year","sourceIds":[3],"count":{"best":70000,"low":null,"high":null,"qualifier":"exact"},"notes":"In 2019.","createdAt":"2026-12-05T23:33:09.903191Z","updatedAt":"2026-12-05T23:33:09.903191Z"}');
INSERT INTO public."AuditEntries" VALUES (17, '2026-12-05 23:33:09.903191+00', 'sample-data', 'camp-populations', 2, 'Create', 1, NULL, '{"id":2,"externalId":"sample:camps:al-hol-roj-mid-2025","campIds":[1,2],"asOf":"2025-07-01","datePrecision":"month","sourceIds":[3],"count":{"best":31000,"low":null,"high":null,"qualifier":"approximately"},"notes":"About 31,000 as of mid-2025, from research reports cited by Shafaq News.","createdAt":"2026-12-05T23:33:09.903191Z","updatedAt":"2026-12-05T23:33:09.903191Z"}');
INSERT INTO public."AuditEntries" VALUES (18, '2026-12-05 23:33:09.903191+00', 'sample-data', 'camp-populations', 3, 'Create', 1, NULL, '{"id":3,"externalId":"sample:camps:al-hol-roj-2025-11-13","campIds":[1,2],"asOf":"2025-11-13","datePrecision":"day","sourceIds":[1,2,3],"count":{"best":30000,"low":null,"high":null,"qualifier":"approximately"},"notes":"About 30,000 (CENTCOM).","createdAt":"2026-12-05T23:33:09.903191Z","updatedAt":"2026-12-05T23:33:09.903191Z"}');
INSERT INTO public."AuditEntries" VALUES (19, '2026-12-05 23:33:23.304968+00', 'bootstrap-admin', 'casualties', 2, 'Create', 1, NULL, '{"id":2,"externalId":"legacy:casualty:deleted","operationId":null,"affiliation":"civilian","outcome":"killed","startDate":"2024-05-01","endDate":"2024-05-20","datePrecision":"day","country":"IQ","region":null,"locality":null,"campId":null,"latitude":null,"longitude":null,"sourceIds":[1],"count":{"best":7,"low":null,"high":null,"qualifier":"exact"},"notes":"Deleted before the upgrade: Tal Afar","createdAt":"2026-12-05T23:33:23.304968Z","updatedAt":"2026-12-05T23:33:23.304968Z"}');
INSERT INTO public."AuditEntries" VALUES (20, '2026-12-05 23:33:24.119394+00', 'bootstrap-admin', 'casualties', 2, 'Delete', 2, '{"id":2,"externalId":"legacy:casualty:deleted","operationId":null,"affiliation":"civilian","outcome":"killed","startDate":"2024-05-01","endDate":"2024-05-20","datePrecision":"day","country":"IQ","region":null,"locality":null,"campId":null,"latitude":null,"longitude":null,"sourceIds":[1],"count":{"best":7,"low":null,"high":null,"qualifier":"exact"},"notes":"Deleted before the upgrade: Tal Afar","createdAt":"2026-12-05T23:33:23.304968Z","updatedAt":"2026-12-05T23:33:23.304968Z"}', NULL);
INSERT INTO public."AuditEntries" VALUES (21, '2026-12-05 23:33:24.183656+00', 'bootstrap-admin', 'casualties', 3, 'Create', 1, NULL, '{"id":3,"externalId":"legacy:casualty:wounded","operationId":null,"affiliation":"civilian","outcome":"wounded","startDate":"2024-06-01","endDate":null,"datePrecision":"day","country":"IQ","region":"Nineveh","locality":null,"campId":null,"latitude":null,"longitude":null,"sourceIds":[2],"count":{"best":12,"low":10,"high":15,"qualifier":"range"},"notes":"Wounded near Sinjar \u0633\u0646\u062C\u0627\u0631","createdAt":"2026-12-05T23:33:24.183656Z","updatedAt":"2026-12-05T23:33:24.183656Z"}');
INSERT INTO public."AuditEntries" VALUES (22, '2026-12-05 23:33:24.77294+00', 'bootstrap-admin', 'arrests', 1, 'Update', 2, '{"id":1,"externalId":"sample:arrest:isis-arrested-2025-10-01-2025-11-06","operationId":1,"arrestingForceId":null,"personName":null,"personAlias":null,"personNationality":null,"personRole":null,"startDate":"2025-10-01","endDate":"2025-11-06","datePrecision":"day","country":"SY","region":null,"locality":null,"campId":null,"latitude":null,"longitude":null,"sourceIds":[1,2,3],"count":{"best":19,"low":null,"high":null,"qualifier":"exact"},"notes":"ISIS members arrested in the same operations (CENTCOM).","createdAt":"2026-12-05T23:33:09.903191Z","updatedAt":"2026-12-05T23:33:09.903191Z"}', '{"id":1,"externalId":"sample:arrest:isis-arrested-2025-10-01-2025-11-06","operationId":1,"arrestingForceId":null,"personName":null,"personAlias":null,"personNationality":null,"personRole":null,"startDate":"2025-10-01","endDate":"2025-11-06","datePrecision":"day","country":"SY","region":null,"locality":null,"campId":null,"latitude":null,"longitude":null,"sourceIds":[1,2,3],"count":{"best":21,"low":null,"high":null,"qualifier":"atLeast"},"notes":"ISIS members arrested in the same operations (CENTCOM), corrected.","createdAt":"2026-12-05T23:33:09.903191Z","updatedAt":"2026-12-05T23:33:24.77294Z"}');
INSERT INTO public."AuditEntries" VALUES (23, '2026-12-05 23:33:25.05041+00', 'bootstrap-admin', 'forces', 6, 'Create', 1, NULL, '{"id":6,"externalId":"legacy:force:isis","name":"Islamic State","acronym":"ISIS","aliases":["\u062F\u0627\u0639\u0634","\u0627\u0644\u062F\u0648\u0644\u0629 \u0627\u0644\u0625\u0633\u0644\u0627\u0645\u064A\u0629"],"kind":"insurgentGroup","parentId":null,"notes":null,"createdAt":"2026-12-05T23:33:25.05041Z","updatedAt":"2026-12-05T23:33:25.05041Z"}');


--
-- Data for Name: CampPopulationFigureCamps; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."CampPopulationFigureCamps" VALUES (1, 1);
INSERT INTO public."CampPopulationFigureCamps" VALUES (1, 2);
INSERT INTO public."CampPopulationFigureCamps" VALUES (2, 1);
INSERT INTO public."CampPopulationFigureCamps" VALUES (2, 2);
INSERT INTO public."CampPopulationFigureCamps" VALUES (3, 1);
INSERT INTO public."CampPopulationFigureCamps" VALUES (3, 2);


--
-- Data for Name: CampPopulationFigureSources; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."CampPopulationFigureSources" VALUES (1, 3);
INSERT INTO public."CampPopulationFigureSources" VALUES (2, 3);
INSERT INTO public."CampPopulationFigureSources" VALUES (3, 1);
INSERT INTO public."CampPopulationFigureSources" VALUES (3, 2);
INSERT INTO public."CampPopulationFigureSources" VALUES (3, 3);


--
-- Data for Name: CampPopulationFigures; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."CampPopulationFigures" VALUES (1, '2019-01-01', 'Year', 70000, NULL, NULL, 'Exact', 'sample:camps:al-hol-roj-2019', 'In 2019.', '2026-12-05 23:33:09.903191+00', '2026-12-05 23:33:09.903191+00', 1, NULL, 'in 2019');
INSERT INTO public."CampPopulationFigures" VALUES (2, '2025-07-01', 'Month', 31000, NULL, NULL, 'Approximately', 'sample:camps:al-hol-roj-mid-2025', 'About 31,000 as of mid-2025, from research reports cited by Shafaq News.', '2026-12-05 23:33:09.903191+00', '2026-12-05 23:33:09.903191+00', 1, NULL, 'about 31 000 as of mid 2025 from research reports cited by shafaq news');
INSERT INTO public."CampPopulationFigures" VALUES (3, '2025-11-13', 'Day', 30000, NULL, NULL, 'Approximately', 'sample:camps:al-hol-roj-2025-11-13', 'About 30,000 (CENTCOM).', '2026-12-05 23:33:09.903191+00', '2026-12-05 23:33:09.903191+00', 1, NULL, 'about 30 000 centcom');


--
-- Data for Name: Camps; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Camps" VALUES (1, 'al-Hol', '{الهول,"Al Hol",al-Hawl}', 'SY', 'Al-Hasakah', NULL, NULL, 'al hol|الهول|al hol|al hawl', 'sample:camp:al-hol', NULL, '2026-12-05 23:33:08.253568+00', '2026-12-05 23:33:08.253568+00', 1, NULL, 'al hol|al hasakah|الهول|al hol|al hawl');
INSERT INTO public."Camps" VALUES (2, 'Roj', '{روج}', 'SY', 'Al-Hasakah', NULL, NULL, 'roj|روج', 'sample:camp:roj', NULL, '2026-12-05 23:33:08.253568+00', '2026-12-05 23:33:08.253568+00', 1, NULL, 'roj|al hasakah|روج');


--
-- Data for Name: Casualties; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Casualties" VALUES (1, 1, 'Isis', 'Killed', '2025-10-01', '2025-11-06', 'Day', 'SY', NULL, NULL, NULL, NULL, NULL, 5, NULL, NULL, 'Exact', 'sample:casualty:isis-killed-2025-10-01-2025-11-06', 'ISIS members killed in the same operations (CENTCOM).', '2026-12-05 23:33:09.903191+00', '2026-12-05 23:33:09.903191+00', 1, NULL, 'isis members killed in the same operations centcom');
INSERT INTO public."Casualties" VALUES (2, NULL, 'Civilian', 'Killed', '2024-05-01', '2024-05-20', 'Day', 'IQ', NULL, NULL, NULL, NULL, NULL, 7, NULL, NULL, 'Exact', 'legacy:casualty:deleted', 'Deleted before the upgrade: Tal Afar', '2026-12-05 23:33:23.304968+00', '2026-12-05 23:33:24.119394+00', 2, '2026-12-05 23:33:24.119236+00', 'deleted before the upgrade tal afar');
INSERT INTO public."Casualties" VALUES (3, NULL, 'Civilian', 'Wounded', '2024-06-01', NULL, 'Day', 'IQ', 'Nineveh', NULL, NULL, NULL, NULL, 12, 15, 10, 'Range', 'legacy:casualty:wounded', 'Wounded near Sinjar سنجار', '2026-12-05 23:33:24.183656+00', '2026-12-05 23:33:24.183656+00', 1, NULL, 'nineveh|wounded near sinjar سنجار');


--
-- Data for Name: CasualtySources; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."CasualtySources" VALUES (1, 1);
INSERT INTO public."CasualtySources" VALUES (1, 2);
INSERT INTO public."CasualtySources" VALUES (1, 3);
INSERT INTO public."CasualtySources" VALUES (2, 1);
INSERT INTO public."CasualtySources" VALUES (3, 2);


--
-- Data for Name: DetaineeFigureSources; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."DetaineeFigureSources" VALUES (1, 3);


--
-- Data for Name: DetaineeFigures; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."DetaineeFigures" VALUES (1, '2025-07-01', 'Month', 'prisons and camps in north-east Syria', NULL, 'SY', NULL, NULL, NULL, NULL, NULL, 9000, NULL, NULL, 'Approximately', 'sample:detainees:nes-prisons-mid-2025', 'About 9,000 ISIS fighters held by coalition partners, as of mid-2025.', '2026-12-05 23:33:09.903191+00', '2026-12-05 23:33:09.903191+00', 1, NULL, 'prisons and camps in north east syria|about 9 000 isis fighters held by coalition partners as of mid 2025');


--
-- Data for Name: Forces; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Forces" VALUES (1, 'US Central Command', 'CENTCOM', '{"القيادة المركزية الأمريكية",سنتكوم}', 'StateForce', NULL, 'us central command|centcom|القياده المركزيه الامريكيه|سنتكوم', 'sample:force:centcom', NULL, '2026-12-05 23:33:08.253568+00', '2026-12-05 23:33:08.253568+00', 1, NULL, 'us central command|centcom|القياده المركزيه الامريكيه|سنتكوم');
INSERT INTO public."Forces" VALUES (2, 'Global Coalition to Defeat ISIS', NULL, '{"التحالف الدولي","Global Coalition Against Daesh"}', 'Coalition', NULL, 'global coalition to defeat isis|التحالف الدولي|global coalition against daesh', 'sample:force:global-coalition', NULL, '2026-12-05 23:33:08.253568+00', '2026-12-05 23:33:08.253568+00', 1, NULL, 'global coalition to defeat isis|التحالف الدولي|global coalition against daesh');
INSERT INTO public."Forces" VALUES (3, 'Syrian Democratic Forces', 'SDF', '{"قوات سوريا الديمقراطية",قسد}', 'PartnerForce', NULL, 'syrian democratic forces|sdf|قوات سوريا الديمقراطيه|قسد', 'sample:force:sdf', NULL, '2026-12-05 23:33:08.253568+00', '2026-12-05 23:33:08.253568+00', 1, NULL, 'syrian democratic forces|sdf|قوات سوريا الديمقراطيه|قسد');
INSERT INTO public."Forces" VALUES (4, 'Iraqi Security Forces', 'ISF', '{"القوات الأمنية العراقية"}', 'StateForce', NULL, 'iraqi security forces|isf|القوات الامنيه العراقيه', 'sample:force:isf', NULL, '2026-12-05 23:33:08.253568+00', '2026-12-05 23:33:08.253568+00', 1, NULL, 'iraqi security forces|isf|القوات الامنيه العراقيه');
INSERT INTO public."Forces" VALUES (5, 'Combined Joint Task Force – Operation Inherent Resolve', 'CJTF-OIR', '{"قوة المهام المشتركة – عملية العزم الصلب"}', 'Coalition', 1, 'combined joint task force operation inherent resolve|cjtf oir|قوه المهام المشتركه عمليه العزم الصلب', 'sample:force:cjtf-oir', NULL, '2026-12-05 23:33:09.139959+00', '2026-12-05 23:33:09.139959+00', 1, NULL, 'combined joint task force operation inherent resolve|cjtf oir|قوه المهام المشتركه عمليه العزم الصلب');
INSERT INTO public."Forces" VALUES (6, 'Islamic State', 'ISIS', '{داعش,"الدولة الإسلامية"}', 'InsurgentGroup', NULL, 'islamic state|isis|داعش|الدوله الاسلاميه', 'legacy:force:isis', NULL, '2026-12-05 23:33:25.05041+00', '2026-12-05 23:33:25.05041+00', 1, NULL, 'islamic state|isis|داعش|الدوله الاسلاميه');


--
-- Data for Name: LiveRecordCounts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."LiveRecordCounts" VALUES ('Camps', 2);
INSERT INTO public."LiveRecordCounts" VALUES ('Sources', 3);
INSERT INTO public."LiveRecordCounts" VALUES ('Operations', 1);
INSERT INTO public."LiveRecordCounts" VALUES ('Arrests', 2);
INSERT INTO public."LiveRecordCounts" VALUES ('CampPopulationFigures', 3);
INSERT INTO public."LiveRecordCounts" VALUES ('DetaineeFigures', 1);
INSERT INTO public."LiveRecordCounts" VALUES ('Casualties', 2);
INSERT INTO public."LiveRecordCounts" VALUES ('Forces', 6);


--
-- Data for Name: LongestPeriods; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."LongestPeriods" VALUES ('Operations', 36);
INSERT INTO public."LongestPeriods" VALUES ('Arrests', 36);
INSERT INTO public."LongestPeriods" VALUES ('Casualties', 36);


--
-- Data for Name: OperationForces; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."OperationForces" VALUES (1, 5);


--
-- Data for Name: OperationSources; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."OperationSources" VALUES (1, 1);
INSERT INTO public."OperationSources" VALUES (1, 2);
INSERT INTO public."OperationSources" VALUES (1, 3);


--
-- Data for Name: Operations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Operations" VALUES (1, 'Operations against ISIS in Syria by CJTF-OIR with Syrian partners, 1 October to 6 November 2025', 'Summary', '2025-10-01', '2025-11-06', 'Day', 'SY', NULL, NULL, NULL, NULL, NULL, 22, NULL, NULL, 'MoreThan', 'sample:operation:syria-2025-10-01-2025-11-06', '"More than 22 operations", conducted or advised by CJTF-OIR with Syrian partners (CENTCOM).', '2026-12-05 23:33:09.419973+00', '2026-12-05 23:33:09.419973+00', 1, NULL, 'operations against isis in syria by cjtf oir with syrian partners 1 october to 6 november 2025|more than 22 operations conducted or advised by cjtf oir with syrian partners centcom');


--
-- Data for Name: RunningTotals; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."RunningTotals" VALUES ('operations', 22, 23, 0, 1, 1);
INSERT INTO public."RunningTotals" VALUES ('killed', 5, 5, 5, 0, 1);
INSERT INTO public."RunningTotals" VALUES ('wounded', 12, 10, 15, 0, 1);
INSERT INTO public."RunningTotals" VALUES ('arrested', 22, 22, 1, 1, 2);


--
-- Data for Name: Sources; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Sources" VALUES (1, 'CENTCOM statement on operations against ISIS in Syria, 13 November 2025', 'US Central Command (CENTCOM)', NULL, 'en', '2025-11-13', 'OfficialStatement', 'F', 'sample:source:centcom-2025-11-13', 'Known here through the two Arabic news reports that relay it.', '2026-12-05 23:33:08.253568+00', '2026-12-05 23:33:08.253568+00', 1, NULL, 'centcom statement on operations against isis in syria 13 november 2025|us central command centcom|known here through the two arabic news reports that relay it');
INSERT INTO public."Sources" VALUES (2, 'Sputnik Arabic report relaying the CENTCOM statement of 13 November 2025', 'Sputnik Arabic', 'https://sarabic.ae/', 'ar', '2025-11-13', 'NewsReport', 'F', 'sample:source:sputnik-arabic-2025-11-13', NULL, '2026-12-05 23:33:08.253568+00', '2026-12-05 23:33:08.253568+00', 1, NULL, 'sputnik arabic report relaying the centcom statement of 13 november 2025|sputnik arabic');
INSERT INTO public."Sources" VALUES (3, 'Shafaq News report from Damascus relaying the CENTCOM statement of 13 November 2025', 'Shafaq News', 'https://shafaq.com/', 'ar', '2025-11-13', 'NewsReport', 'F', 'sample:source:shafaq-news-2025-11-13', 'Also reports the SDF statement of 2025-11-08 on an arrest in al-Hol camp, and research reports'' camp figures.', '2026-12-05 23:33:08.253568+00', '2026-12-05 23:33:08.253568+00', 1, NULL, 'shafaq news report from damascus relaying the centcom statement of 13 november 2025|shafaq news|also reports the sdf statement of 2025 11 08 on an arrest in al hol camp and research reports camp figures');


--
-- Data for Name: __EFMigrationsHistory; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."__EFMigrationsHistory" VALUES ('20261129171800_InitialSchema', '10.0.5');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261129171820_RunningTotalsAndLiveCounts', '10.0.5');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261129180225_InsertTotalsPerStatement', '10.0.5');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261129204325_LiveIdIndexes', '10.0.5');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261129224750_LongestPeriods', '10.0.5');


--
-- Name: ApiKeys_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."ApiKeys_Id_seq"', 1, false);


--
-- Name: Arrests_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."Arrests_Id_seq"', 2, true);


--
-- Name: AuditEntries_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."AuditEntries_Id_seq"', 23, true);


--
-- Name: CampPopulationFigures_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."CampPopulationFigures_Id_seq"', 3, true);


--
-- Name: Camps_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."Camps_Id_seq"', 2, true);


--
-- Name: Casualties_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."Casualties_Id_seq"', 3, true);


--
-- Name: DetaineeFigures_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."DetaineeFigures_Id_seq"', 1, true);


--
-- Name: Forces_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."Forces_Id_seq"', 6, true);


--
-- Name: Operations_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."Operations_Id_seq"', 1, true);


--
-- Name: Sources_Id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public."Sources_Id_seq"', 3, true);


--
-- Name: ApiKeys PK_ApiKeys; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ApiKeys"
    ADD CONSTRAINT "PK_ApiKeys" PRIMARY KEY ("Id");


--
-- Name: ArrestSources PK_ArrestSources; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ArrestSources"
    ADD CONSTRAINT "PK_ArrestSources" PRIMARY KEY ("ArrestId", "SourceId");


--
-- Name: Arrests PK_Arrests; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Arrests"
    ADD CONSTRAINT "PK_Arrests" PRIMARY KEY ("Id");


--
-- Name: AuditEntries PK_AuditEntries; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."AuditEntries"
    ADD CONSTRAINT "PK_AuditEntries" PRIMARY KEY ("Id");


--
-- Name: CampPopulationFigureCamps PK_CampPopulationFigureCamps; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CampPopulationFigureCamps"
    ADD CONSTRAINT "PK_CampPopulationFigureCamps" PRIMARY KEY ("CampPopulationFigureId", "CampId");


--
-- Name: CampPopulationFigureSources PK_CampPopulationFigureSources; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CampPopulationFigureSources"
    ADD CONSTRAINT "PK_CampPopulationFigureSources" PRIMARY KEY ("CampPopulationFigureId", "SourceId");


--
-- Name: CampPopulationFigures PK_CampPopulationFigures; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CampPopulationFigures"
    ADD CONSTRAINT "PK_CampPopulationFigures" PRIMARY KEY ("Id");


--
-- Name: Camps PK_Camps; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Camps"
    ADD CONSTRAINT "PK_Camps" PRIMARY KEY ("Id");


--
-- Name: Casualties PK_Casualties; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Casualties"
    ADD CONSTRAINT "PK_Casualties" PRIMARY KEY ("Id");


--
-- Name: CasualtySources PK_CasualtySources; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CasualtySources"
    ADD CONSTRAINT "PK_CasualtySources" PRIMARY KEY ("CasualtyId", "SourceId");


--
-- Name: DetaineeFigureSources PK_DetaineeFigureSources; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DetaineeFigureSources"
    ADD CONSTRAINT "PK_DetaineeFigureSources" PRIMARY KEY ("DetaineeFigureId", "SourceId");


--
-- Name: DetaineeFigures PK_DetaineeFigures; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DetaineeFigures"
    ADD CONSTRAINT "PK_DetaineeFigures" PRIMARY KEY ("Id");


--
-- Name: Forces PK_Forces; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Forces"
    ADD CONSTRAINT "PK_Forces" PRIMARY KEY ("Id");


--
-- Name: LiveRecordCounts PK_LiveRecordCounts; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."LiveRecordCounts"
    ADD CONSTRAINT "PK_LiveRecordCounts" PRIMARY KEY ("Table");


--
-- Name: LongestPeriods PK_LongestPeriods; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."LongestPeriods"
    ADD CONSTRAINT "PK_LongestPeriods" PRIMARY KEY ("Table");


--
-- Name: OperationForces PK_OperationForces; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."OperationForces"
    ADD CONSTRAINT "PK_OperationForces" PRIMARY KEY ("OperationId", "ForceId");


--
-- Name: OperationSources PK_OperationSources; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."OperationSources"
    ADD CONSTRAINT "PK_OperationSources" PRIMARY KEY ("OperationId", "SourceId");


--
-- Name: Operations PK_Operations; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Operations"
    ADD CONSTRAINT "PK_Operations" PRIMARY KEY ("Id");


--
-- Name: RunningTotals PK_RunningTotals; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."RunningTotals"
    ADD CONSTRAINT "PK_RunningTotals" PRIMARY KEY ("Metric");


--
-- Name: Sources PK_Sources; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Sources"
    ADD CONSTRAINT "PK_Sources" PRIMARY KEY ("Id");


--
-- Name: __EFMigrationsHistory PK___EFMigrationsHistory; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."__EFMigrationsHistory"
    ADD CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId");


--
-- Name: IX_ApiKeys_KeyHash; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_ApiKeys_KeyHash" ON public."ApiKeys" USING btree ("KeyHash");


--
-- Name: IX_ApiKeys_Name; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_ApiKeys_Name" ON public."ApiKeys" USING btree ("Name");


--
-- Name: IX_ArrestSources_SourceId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_ArrestSources_SourceId" ON public."ArrestSources" USING btree ("SourceId");


--
-- Name: IX_Arrests_ArrestingForceId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Arrests_ArrestingForceId" ON public."Arrests" USING btree ("ArrestingForceId") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Arrests_CampId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Arrests_CampId" ON public."Arrests" USING btree ("CampId") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Arrests_Country_Region; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Arrests_Country_Region" ON public."Arrests" USING btree ("Country", "Region") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Arrests_ExternalId; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Arrests_ExternalId" ON public."Arrests" USING btree ("ExternalId") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Arrests_Id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Arrests_Id" ON public."Arrests" USING btree ("Id") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Arrests_OperationId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Arrests_OperationId" ON public."Arrests" USING btree ("OperationId") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Arrests_Region_StartDate; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Arrests_Region_StartDate" ON public."Arrests" USING btree ("Region", "StartDate") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Arrests_SearchText; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Arrests_SearchText" ON public."Arrests" USING gin ("SearchText" public.gin_trgm_ops) WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Arrests_StartDate; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Arrests_StartDate" ON public."Arrests" USING btree ("StartDate") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Arrests_Totals; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Arrests_Totals" ON public."Arrests" USING btree ("Country", "StartDate", "EndDate", "Region", "CountBest", "CountLow", "CountHigh", "CountQualifier") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Arrests_UpdatedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Arrests_UpdatedAt" ON public."Arrests" USING btree ("UpdatedAt") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_AuditEntries_Action_At; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_AuditEntries_Action_At" ON public."AuditEntries" USING btree ("Action", "At");


--
-- Name: IX_AuditEntries_At; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_AuditEntries_At" ON public."AuditEntries" USING btree ("At");


--
-- Name: IX_AuditEntries_KeyName_At; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_AuditEntries_KeyName_At" ON public."AuditEntries" USING btree ("KeyName", "At");


--
-- Name: IX_AuditEntries_Resource_RecordId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_AuditEntries_Resource_RecordId" ON public."AuditEntries" USING btree ("Resource", "RecordId");


--
-- Name: IX_CampPopulationFigureCamps_CampId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_CampPopulationFigureCamps_CampId" ON public."CampPopulationFigureCamps" USING btree ("CampId");


--
-- Name: IX_CampPopulationFigureSources_SourceId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_CampPopulationFigureSources_SourceId" ON public."CampPopulationFigureSources" USING btree ("SourceId");


--
-- Name: IX_CampPopulationFigures_AsOf; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_CampPopulationFigures_AsOf" ON public."CampPopulationFigures" USING btree ("AsOf") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_CampPopulationFigures_ExternalId; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_CampPopulationFigures_ExternalId" ON public."CampPopulationFigures" USING btree ("ExternalId") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_CampPopulationFigures_Id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_CampPopulationFigures_Id" ON public."CampPopulationFigures" USING btree ("Id") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_CampPopulationFigures_SearchText; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_CampPopulationFigures_SearchText" ON public."CampPopulationFigures" USING gin ("SearchText" public.gin_trgm_ops) WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_CampPopulationFigures_UpdatedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_CampPopulationFigures_UpdatedAt" ON public."CampPopulationFigures" USING btree ("UpdatedAt") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Camps_ExternalId; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Camps_ExternalId" ON public."Camps" USING btree ("ExternalId") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Camps_Id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Camps_Id" ON public."Camps" USING btree ("Id") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Camps_Name; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Camps_Name" ON public."Camps" USING btree ("Name") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Camps_SearchText; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Camps_SearchText" ON public."Camps" USING gin ("SearchText" public.gin_trgm_ops) WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Camps_UpdatedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Camps_UpdatedAt" ON public."Camps" USING btree ("UpdatedAt") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Casualties_CampId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Casualties_CampId" ON public."Casualties" USING btree ("CampId") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Casualties_Country_Region; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Casualties_Country_Region" ON public."Casualties" USING btree ("Country", "Region") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Casualties_ExternalId; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Casualties_ExternalId" ON public."Casualties" USING btree ("ExternalId") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Casualties_Id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Casualties_Id" ON public."Casualties" USING btree ("Id") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Casualties_OperationId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Casualties_OperationId" ON public."Casualties" USING btree ("OperationId") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Casualties_Region_StartDate; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Casualties_Region_StartDate" ON public."Casualties" USING btree ("Region", "StartDate") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Casualties_SearchText; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Casualties_SearchText" ON public."Casualties" USING gin ("SearchText" public.gin_trgm_ops) WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Casualties_StartDate; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Casualties_StartDate" ON public."Casualties" USING btree ("StartDate") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Casualties_Totals; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Casualties_Totals" ON public."Casualties" USING btree ("Outcome", "Affiliation", "Country", "StartDate", "EndDate", "Region", "CountBest", "CountLow", "CountHigh", "CountQualifier") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Casualties_UpdatedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Casualties_UpdatedAt" ON public."Casualties" USING btree ("UpdatedAt") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_CasualtySources_SourceId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_CasualtySources_SourceId" ON public."CasualtySources" USING btree ("SourceId");


--
-- Name: IX_DetaineeFigureSources_SourceId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DetaineeFigureSources_SourceId" ON public."DetaineeFigureSources" USING btree ("SourceId");


--
-- Name: IX_DetaineeFigures_AsOf; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DetaineeFigures_AsOf" ON public."DetaineeFigures" USING btree ("AsOf") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_DetaineeFigures_CampId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DetaineeFigures_CampId" ON public."DetaineeFigures" USING btree ("CampId") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_DetaineeFigures_Country_Region; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DetaineeFigures_Country_Region" ON public."DetaineeFigures" USING btree ("Country", "Region") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_DetaineeFigures_CustodianForceId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DetaineeFigures_CustodianForceId" ON public."DetaineeFigures" USING btree ("CustodianForceId") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_DetaineeFigures_ExternalId; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_DetaineeFigures_ExternalId" ON public."DetaineeFigures" USING btree ("ExternalId") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_DetaineeFigures_Id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DetaineeFigures_Id" ON public."DetaineeFigures" USING btree ("Id") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_DetaineeFigures_Region; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DetaineeFigures_Region" ON public."DetaineeFigures" USING btree ("Region") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_DetaineeFigures_SearchText; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DetaineeFigures_SearchText" ON public."DetaineeFigures" USING gin ("SearchText" public.gin_trgm_ops) WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_DetaineeFigures_UpdatedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_DetaineeFigures_UpdatedAt" ON public."DetaineeFigures" USING btree ("UpdatedAt") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Forces_ExternalId; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Forces_ExternalId" ON public."Forces" USING btree ("ExternalId") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Forces_Id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Forces_Id" ON public."Forces" USING btree ("Id") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Forces_Name; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Forces_Name" ON public."Forces" USING btree ("Name") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Forces_ParentId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Forces_ParentId" ON public."Forces" USING btree ("ParentId") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Forces_SearchText; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Forces_SearchText" ON public."Forces" USING gin ("SearchText" public.gin_trgm_ops) WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Forces_UpdatedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Forces_UpdatedAt" ON public."Forces" USING btree ("UpdatedAt") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_OperationForces_ForceId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_OperationForces_ForceId" ON public."OperationForces" USING btree ("ForceId");


--
-- Name: IX_OperationSources_SourceId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_OperationSources_SourceId" ON public."OperationSources" USING btree ("SourceId");


--
-- Name: IX_Operations_CampId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Operations_CampId" ON public."Operations" USING btree ("CampId") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Operations_Country_Region; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Operations_Country_Region" ON public."Operations" USING btree ("Country", "Region") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Operations_ExternalId; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Operations_ExternalId" ON public."Operations" USING btree ("ExternalId") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Operations_Id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Operations_Id" ON public."Operations" USING btree ("Id") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Operations_Region_StartDate; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Operations_Region_StartDate" ON public."Operations" USING btree ("Region", "StartDate") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Operations_SearchText; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Operations_SearchText" ON public."Operations" USING gin ("SearchText" public.gin_trgm_ops) WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Operations_StartDate; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Operations_StartDate" ON public."Operations" USING btree ("StartDate") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Operations_Totals; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Operations_Totals" ON public."Operations" USING btree ("Country", "StartDate", "EndDate", "Region", "CountBest", "CountLow", "CountHigh", "CountQualifier") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Operations_Type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Operations_Type" ON public."Operations" USING btree ("Type") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Operations_UpdatedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Operations_UpdatedAt" ON public."Operations" USING btree ("UpdatedAt") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Sources_ExternalId; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Sources_ExternalId" ON public."Sources" USING btree ("ExternalId") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Sources_Id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Sources_Id" ON public."Sources" USING btree ("Id") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Sources_Reliability; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Sources_Reliability" ON public."Sources" USING btree ("Reliability") WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Sources_SearchText; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Sources_SearchText" ON public."Sources" USING gin ("SearchText" public.gin_trgm_ops) WHERE ("DeletedAt" IS NULL);


--
-- Name: IX_Sources_UpdatedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Sources_UpdatedAt" ON public."Sources" USING btree ("UpdatedAt") WHERE ("DeletedAt" IS NULL);


--
-- Name: Arrests Arrests_Count; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Arrests_Count" AFTER DELETE OR UPDATE OF "DeletedAt" ON public."Arrests" FOR EACH ROW EXECUTE FUNCTION public."Arrests_Count"();


--
-- Name: Arrests Arrests_CountInserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Arrests_CountInserted" AFTER INSERT ON public."Arrests" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION public."Arrests_CountInserted"();


--
-- Name: Arrests Arrests_LongestPeriod; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Arrests_LongestPeriod" AFTER UPDATE OF "StartDate", "EndDate" ON public."Arrests" FOR EACH ROW WHEN ((new."EndDate" IS NOT NULL)) EXECUTE FUNCTION public."Arrests_LongestPeriod"();


--
-- Name: Arrests Arrests_LongestPeriodInserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Arrests_LongestPeriodInserted" AFTER INSERT ON public."Arrests" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION public."Arrests_LongestPeriodInserted"();


--
-- Name: Arrests Arrests_Totals; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Arrests_Totals" AFTER DELETE OR UPDATE OF "CountBest", "CountLow", "CountHigh", "CountQualifier", "DeletedAt" ON public."Arrests" FOR EACH ROW EXECUTE FUNCTION public."Arrests_Totals"();


--
-- Name: Arrests Arrests_TotalsInserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Arrests_TotalsInserted" AFTER INSERT ON public."Arrests" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION public."Arrests_TotalsInserted"();


--
-- Name: CampPopulationFigures CampPopulationFigures_Count; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "CampPopulationFigures_Count" AFTER DELETE OR UPDATE OF "DeletedAt" ON public."CampPopulationFigures" FOR EACH ROW EXECUTE FUNCTION public."CampPopulationFigures_Count"();


--
-- Name: CampPopulationFigures CampPopulationFigures_CountInserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "CampPopulationFigures_CountInserted" AFTER INSERT ON public."CampPopulationFigures" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION public."CampPopulationFigures_CountInserted"();


--
-- Name: Camps Camps_Count; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Camps_Count" AFTER DELETE OR UPDATE OF "DeletedAt" ON public."Camps" FOR EACH ROW EXECUTE FUNCTION public."Camps_Count"();


--
-- Name: Camps Camps_CountInserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Camps_CountInserted" AFTER INSERT ON public."Camps" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION public."Camps_CountInserted"();


--
-- Name: Casualties Casualties_Count; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Casualties_Count" AFTER DELETE OR UPDATE OF "DeletedAt" ON public."Casualties" FOR EACH ROW EXECUTE FUNCTION public."Casualties_Count"();


--
-- Name: Casualties Casualties_CountInserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Casualties_CountInserted" AFTER INSERT ON public."Casualties" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION public."Casualties_CountInserted"();


--
-- Name: Casualties Casualties_LongestPeriod; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Casualties_LongestPeriod" AFTER UPDATE OF "StartDate", "EndDate" ON public."Casualties" FOR EACH ROW WHEN ((new."EndDate" IS NOT NULL)) EXECUTE FUNCTION public."Casualties_LongestPeriod"();


--
-- Name: Casualties Casualties_LongestPeriodInserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Casualties_LongestPeriodInserted" AFTER INSERT ON public."Casualties" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION public."Casualties_LongestPeriodInserted"();


--
-- Name: Casualties Casualties_Totals; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Casualties_Totals" AFTER DELETE OR UPDATE OF "CountBest", "CountLow", "CountHigh", "CountQualifier", "Outcome", "DeletedAt" ON public."Casualties" FOR EACH ROW EXECUTE FUNCTION public."Casualties_Totals"();


--
-- Name: Casualties Casualties_TotalsInserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Casualties_TotalsInserted" AFTER INSERT ON public."Casualties" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION public."Casualties_TotalsInserted"();


--
-- Name: DetaineeFigures DetaineeFigures_Count; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "DetaineeFigures_Count" AFTER DELETE OR UPDATE OF "DeletedAt" ON public."DetaineeFigures" FOR EACH ROW EXECUTE FUNCTION public."DetaineeFigures_Count"();


--
-- Name: DetaineeFigures DetaineeFigures_CountInserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "DetaineeFigures_CountInserted" AFTER INSERT ON public."DetaineeFigures" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION public."DetaineeFigures_CountInserted"();


--
-- Name: Forces Forces_Count; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Forces_Count" AFTER DELETE OR UPDATE OF "DeletedAt" ON public."Forces" FOR EACH ROW EXECUTE FUNCTION public."Forces_Count"();


--
-- Name: Forces Forces_CountInserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Forces_CountInserted" AFTER INSERT ON public."Forces" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION public."Forces_CountInserted"();


--
-- Name: Operations Operations_Count; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Operations_Count" AFTER DELETE OR UPDATE OF "DeletedAt" ON public."Operations" FOR EACH ROW EXECUTE FUNCTION public."Operations_Count"();


--
-- Name: Operations Operations_CountInserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Operations_CountInserted" AFTER INSERT ON public."Operations" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION public."Operations_CountInserted"();


--
-- Name: Operations Operations_LongestPeriod; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Operations_LongestPeriod" AFTER UPDATE OF "StartDate", "EndDate" ON public."Operations" FOR EACH ROW WHEN ((new."EndDate" IS NOT NULL)) EXECUTE FUNCTION public."Operations_LongestPeriod"();


--
-- Name: Operations Operations_LongestPeriodInserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Operations_LongestPeriodInserted" AFTER INSERT ON public."Operations" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION public."Operations_LongestPeriodInserted"();


--
-- Name: Operations Operations_Totals; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Operations_Totals" AFTER DELETE OR UPDATE OF "CountBest", "CountLow", "CountHigh", "CountQualifier", "DeletedAt" ON public."Operations" FOR EACH ROW EXECUTE FUNCTION public."Operations_Totals"();


--
-- Name: Operations Operations_TotalsInserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Operations_TotalsInserted" AFTER INSERT ON public."Operations" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION public."Operations_TotalsInserted"();


--
-- Name: Sources Sources_Count; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Sources_Count" AFTER DELETE OR UPDATE OF "DeletedAt" ON public."Sources" FOR EACH ROW EXECUTE FUNCTION public."Sources_Count"();


--
-- Name: Sources Sources_CountInserted; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER "Sources_CountInserted" AFTER INSERT ON public."Sources" REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION public."Sources_CountInserted"();


--
-- Name: ArrestSources FK_ArrestSources_Arrests_ArrestId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ArrestSources"
    ADD CONSTRAINT "FK_ArrestSources_Arrests_ArrestId" FOREIGN KEY ("ArrestId") REFERENCES public."Arrests"("Id") ON DELETE CASCADE;


--
-- Name: ArrestSources FK_ArrestSources_Sources_SourceId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ArrestSources"
    ADD CONSTRAINT "FK_ArrestSources_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES public."Sources"("Id") ON DELETE RESTRICT;


--
-- Name: Arrests FK_Arrests_Camps_CampId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Arrests"
    ADD CONSTRAINT "FK_Arrests_Camps_CampId" FOREIGN KEY ("CampId") REFERENCES public."Camps"("Id") ON DELETE RESTRICT;


--
-- Name: Arrests FK_Arrests_Forces_ArrestingForceId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Arrests"
    ADD CONSTRAINT "FK_Arrests_Forces_ArrestingForceId" FOREIGN KEY ("ArrestingForceId") REFERENCES public."Forces"("Id") ON DELETE RESTRICT;


--
-- Name: Arrests FK_Arrests_Operations_OperationId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Arrests"
    ADD CONSTRAINT "FK_Arrests_Operations_OperationId" FOREIGN KEY ("OperationId") REFERENCES public."Operations"("Id") ON DELETE RESTRICT;


--
-- Name: CampPopulationFigureCamps FK_CampPopulationFigureCamps_CampPopulationFigures_CampPopulat~; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CampPopulationFigureCamps"
    ADD CONSTRAINT "FK_CampPopulationFigureCamps_CampPopulationFigures_CampPopulat~" FOREIGN KEY ("CampPopulationFigureId") REFERENCES public."CampPopulationFigures"("Id") ON DELETE CASCADE;


--
-- Name: CampPopulationFigureCamps FK_CampPopulationFigureCamps_Camps_CampId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CampPopulationFigureCamps"
    ADD CONSTRAINT "FK_CampPopulationFigureCamps_Camps_CampId" FOREIGN KEY ("CampId") REFERENCES public."Camps"("Id") ON DELETE RESTRICT;


--
-- Name: CampPopulationFigureSources FK_CampPopulationFigureSources_CampPopulationFigures_CampPopul~; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CampPopulationFigureSources"
    ADD CONSTRAINT "FK_CampPopulationFigureSources_CampPopulationFigures_CampPopul~" FOREIGN KEY ("CampPopulationFigureId") REFERENCES public."CampPopulationFigures"("Id") ON DELETE CASCADE;


--
-- Name: CampPopulationFigureSources FK_CampPopulationFigureSources_Sources_SourceId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CampPopulationFigureSources"
    ADD CONSTRAINT "FK_CampPopulationFigureSources_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES public."Sources"("Id") ON DELETE RESTRICT;


--
-- Name: Casualties FK_Casualties_Camps_CampId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Casualties"
    ADD CONSTRAINT "FK_Casualties_Camps_CampId" FOREIGN KEY ("CampId") REFERENCES public."Camps"("Id") ON DELETE RESTRICT;


--
-- Name: Casualties FK_Casualties_Operations_OperationId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Casualties"
    ADD CONSTRAINT "FK_Casualties_Operations_OperationId" FOREIGN KEY ("OperationId") REFERENCES public."Operations"("Id") ON DELETE RESTRICT;


--
-- Name: CasualtySources FK_CasualtySources_Casualties_CasualtyId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CasualtySources"
    ADD CONSTRAINT "FK_CasualtySources_Casualties_CasualtyId" FOREIGN KEY ("CasualtyId") REFERENCES public."Casualties"("Id") ON DELETE CASCADE;


--
-- Name: CasualtySources FK_CasualtySources_Sources_SourceId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."CasualtySources"
    ADD CONSTRAINT "FK_CasualtySources_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES public."Sources"("Id") ON DELETE RESTRICT;


--
-- Name: DetaineeFigureSources FK_DetaineeFigureSources_DetaineeFigures_DetaineeFigureId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DetaineeFigureSources"
    ADD CONSTRAINT "FK_DetaineeFigureSources_DetaineeFigures_DetaineeFigureId" FOREIGN KEY ("DetaineeFigureId") REFERENCES public."DetaineeFigures"("Id") ON DELETE CASCADE;


--
-- Name: DetaineeFigureSources FK_DetaineeFigureSources_Sources_SourceId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DetaineeFigureSources"
    ADD CONSTRAINT "FK_DetaineeFigureSources_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES public."Sources"("Id") ON DELETE RESTRICT;


--
-- Name: DetaineeFigures FK_DetaineeFigures_Camps_CampId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DetaineeFigures"
    ADD CONSTRAINT "FK_DetaineeFigures_Camps_CampId" FOREIGN KEY ("CampId") REFERENCES public."Camps"("Id") ON DELETE RESTRICT;


--
-- Name: DetaineeFigures FK_DetaineeFigures_Forces_CustodianForceId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."DetaineeFigures"
    ADD CONSTRAINT "FK_DetaineeFigures_Forces_CustodianForceId" FOREIGN KEY ("CustodianForceId") REFERENCES public."Forces"("Id") ON DELETE RESTRICT;


--
-- Name: Forces FK_Forces_Forces_ParentId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Forces"
    ADD CONSTRAINT "FK_Forces_Forces_ParentId" FOREIGN KEY ("ParentId") REFERENCES public."Forces"("Id") ON DELETE RESTRICT;


--
-- Name: OperationForces FK_OperationForces_Forces_ForceId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."OperationForces"
    ADD CONSTRAINT "FK_OperationForces_Forces_ForceId" FOREIGN KEY ("ForceId") REFERENCES public."Forces"("Id") ON DELETE RESTRICT;


--
-- Name: OperationForces FK_OperationForces_Operations_OperationId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."OperationForces"
    ADD CONSTRAINT "FK_OperationForces_Operations_OperationId" FOREIGN KEY ("OperationId") REFERENCES public."Operations"("Id") ON DELETE CASCADE;


--
-- Name: OperationSources FK_OperationSources_Operations_OperationId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."OperationSources"
    ADD CONSTRAINT "FK_OperationSources_Operations_OperationId" FOREIGN KEY ("OperationId") REFERENCES public."Operations"("Id") ON DELETE CASCADE;


--
-- Name: OperationSources FK_OperationSources_Sources_SourceId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."OperationSources"
    ADD CONSTRAINT "FK_OperationSources_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES public."Sources"("Id") ON DELETE RESTRICT;


--
-- Name: Operations FK_Operations_Camps_CampId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Operations"
    ADD CONSTRAINT "FK_Operations_Camps_CampId" FOREIGN KEY ("CampId") REFERENCES public."Camps"("Id") ON DELETE RESTRICT;


--
-- PostgreSQL database dump complete
--


