-- linkedin-policy-data: LinkedIn's data-use policy as a Spark SQL view (Spark 4.0 or newer).
--
-- The same view as sql/duckdb.sql, in Spark's dialect and with Spark's time zones (java.time). Before
-- running it, register the package's two tables and your members:
--   lpd_countries  from tables/countries.csv   (country, region, default_time_zone)
--   lpd_provisions from tables/provisions.csv  (purpose, region, effective_from DATE, effective_to DATE, status,
--                                               minimum_age INT, lawful_basis)
--   lpd_members(member_id, country STRING, asked_at TIMESTAMP, birth_date DATE, time_zone STRING,
--               opted_out_ai_training TIMESTAMP, opted_out_microsoft_ads TIMESTAMP,
--               opted_out_microsoft_ai_training TIMESTAMP)
--     NULL means not given (or not opted out). Spark has no infinite timestamps: opted out before any date is
--     the earliest timestamp, '0001-01-01 00:00:00 UTC'.
-- It creates the view lpd_member_decisions(member_id, purpose, status, reasons ARRAY<STRING>, region,
-- time_zone, provision_effective_from DATE, error). Zone names are java.time's, matched as java.time matches
-- them (in their own case); an unknown zone is the error INVALID_TIME_ZONE. Instants are compared in whole
-- milliseconds, as the library holds them; nothing depends on the session time zone.
CREATE OR REPLACE VIEW lpd_member_decisions AS
WITH
-- BEGIN candidate regions (written by `npm run generate` from data/regions.json: regenerate, never edit by hand)
-- The countries where no source says which region's terms apply, with each other region whose terms may apply
-- (slot 1, 2, ...); lpd_countries lists them under the first, their nominal region. A member of such a country is
-- answered under every candidate, and only where all give the same status is that answer known.
territory_alternatives AS (
  SELECT * FROM VALUES
    ('AI', 1, 'rest-of-world'),
    ('AS', 1, 'rest-of-world'),
    ('AW', 1, 'rest-of-world'),
    ('BL', 1, 'rest-of-world'),
    ('BM', 1, 'rest-of-world'),
    ('BQ', 1, 'rest-of-world'),
    ('BV', 1, 'rest-of-world'),
    ('CW', 1, 'rest-of-world'),
    ('FK', 1, 'rest-of-world'),
    ('FO', 1, 'rest-of-world'),
    ('GG', 1, 'rest-of-world'),
    ('GI', 1, 'rest-of-world'),
    ('GL', 1, 'rest-of-world'),
    ('GS', 1, 'rest-of-world'),
    ('GU', 1, 'rest-of-world'),
    ('IM', 1, 'rest-of-world'),
    ('IO', 1, 'rest-of-world'),
    ('JE', 1, 'rest-of-world'),
    ('KY', 1, 'rest-of-world'),
    ('MP', 1, 'rest-of-world'),
    ('MS', 1, 'rest-of-world'),
    ('NC', 1, 'rest-of-world'),
    ('PF', 1, 'rest-of-world'),
    ('PM', 1, 'rest-of-world'),
    ('PN', 1, 'rest-of-world'),
    ('PR', 1, 'rest-of-world'),
    ('SH', 1, 'rest-of-world'),
    ('SJ', 1, 'rest-of-world'),
    ('SX', 1, 'rest-of-world'),
    ('TC', 1, 'rest-of-world'),
    ('TF', 1, 'rest-of-world'),
    ('UM', 1, 'rest-of-world'),
    ('VG', 1, 'rest-of-world'),
    ('VI', 1, 'rest-of-world'),
    ('WF', 1, 'rest-of-world')
  AS alternatives(country, slot, region)
),
-- END candidate regions
regions AS (
  SELECT region, row_number() OVER (ORDER BY region) AS region_id FROM (SELECT DISTINCT region FROM lpd_countries) AS r
),
-- Each country with its region and, where it has other candidate regions, theirs (NULL otherwise).
countries AS (
  SELECT c.country, c.region, c.default_time_zone, r.region_id, a1.region_id AS alt1_region_id, a2.region_id AS alt2_region_id
  FROM lpd_countries AS c JOIN regions AS r ON r.region = c.region
  LEFT JOIN (SELECT a.country, r.region_id FROM territory_alternatives AS a JOIN regions AS r ON r.region = a.region WHERE a.slot = 1) AS a1
    ON a1.country = c.country
  LEFT JOIN (SELECT a.country, r.region_id FROM territory_alternatives AS a JOIN regions AS r ON r.region = a.region WHERE a.slot = 2) AS a2
    ON a2.country = c.country
),
members AS (
  SELECT
    m.member_id,
    m.birth_date,
    c.region,
    c.region_id,
    c.alt1_region_id,
    c.alt2_region_id,
    coalesce(m.time_zone, c.default_time_zone) AS time_zone,
    unix_millis(m.asked_at) AS t,
    unix_millis(m.opted_out_ai_training) AS opted_out_ai_training_ms,
    unix_millis(m.opted_out_microsoft_ads) AS opted_out_microsoft_ads_ms,
    unix_millis(m.opted_out_microsoft_ai_training) AS opted_out_microsoft_ai_training_ms,
    -- The library checks the country, then the zone, the birth date, the opt-outs and the moment asked about;
    -- Spark's dates and timestamps (years 1 to 9999) are all ones the library accepts.
    CASE
      WHEN c.country IS NULL OR lower(m.country) <> lower(c.country) THEN 'INVALID_COUNTRY'
      WHEN try_reflect('java.time.ZoneId', 'of', coalesce(m.time_zone, c.default_time_zone)) IS NULL THEN 'INVALID_TIME_ZONE'
      WHEN m.asked_at IS NULL THEN 'INVALID_DATE'
    END AS error
  FROM lpd_members AS m
  LEFT JOIN countries AS c ON c.country = upper(m.country)
),
-- One row per member and purpose, with the member's opt-out from that purpose (the column named after it).
asks AS (
  SELECT member_id, birth_date, region, region_id, alt1_region_id, alt2_region_id, time_zone, t, error, 'ai-training' AS purpose,
         opted_out_ai_training_ms AS opted_out_ms
  FROM members
  UNION ALL
  SELECT member_id, birth_date, region, region_id, alt1_region_id, alt2_region_id, time_zone, t, error, 'microsoft-ads', opted_out_microsoft_ads_ms
  FROM members
  UNION ALL
  SELECT member_id, birth_date, region, region_id, alt1_region_id, alt2_region_id, time_zone, t, error, 'microsoft-ai-training', opted_out_microsoft_ai_training_ms
  FROM members
),
ages AS (
  SELECT DISTINCT coalesce(minimum_age, 18) AS age FROM lpd_provisions
),
-- The calendar days whose start matters, per zone: every effective date, and the birthdays of members asked
-- about within two days of them (a day starts within two days of its UTC midnight in every zone).
zone_days AS (
  SELECT z.time_zone, d.day
  FROM (SELECT DISTINCT time_zone FROM members WHERE error IS NULL) AS z
  CROSS JOIN (SELECT effective_from AS day FROM lpd_provisions
              UNION SELECT effective_to FROM lpd_provisions WHERE effective_to IS NOT NULL) AS d
  UNION
  SELECT m.time_zone, add_months(m.birth_date, 12 * a.age)
  FROM members AS m CROSS JOIN ages AS a
  WHERE m.error IS NULL AND m.birth_date IS NOT NULL AND year(m.birth_date) + a.age <= 9999
    AND abs(m.t - unix_date(add_months(m.birth_date, 12 * a.age)) * 86400000) < 172800000
),
-- The start of each day by the library's rule: the earliest instant showing 00:00, or, where the clocks
-- skip midnight, the moment they jump. Java's own reading (to_utc_timestamp) is the guess the probes start from.
day_guesses AS (
  SELECT time_zone, day, unix_date(day) * 86400000 AS wall,
         unix_millis(to_utc_timestamp(timestamp_millis(unix_date(day) * 86400000), time_zone)) AS guess
  FROM zone_days
),
day_candidates AS (
  SELECT time_zone, day, wall, guess,
         wall - (unix_millis(from_utc_timestamp(timestamp_millis(probe), time_zone)) - probe) AS candidate
  FROM day_guesses
  LATERAL VIEW explode(array(guess - 93600000, guess, guess + 93600000)) AS probe
),
day_found AS (
  SELECT time_zone, day, min(wall) AS wall, min(guess) AS guess,
         min(CASE WHEN unix_millis(from_utc_timestamp(timestamp_millis(candidate), time_zone)) = wall THEN candidate END) AS earliest
  FROM day_candidates
  GROUP BY time_zone, day
),
day_starts AS (
  SELECT time_zone, day,
         coalesce(
           earliest,
           -- Skipped: the first instant whose wall time is past midnight, found by halving 52 hours.
           aggregate(
             sequence(1, 28),
             named_struct('lo', guess - 93600000, 'hi', guess + 93600000),
             (bounds, step) -> CASE
               WHEN bounds.hi - bounds.lo <= 1 THEN bounds
               WHEN unix_millis(from_utc_timestamp(timestamp_millis((bounds.lo + bounds.hi) DIV 2), time_zone)) > wall
                 THEN named_struct('lo', bounds.lo, 'hi', (bounds.lo + bounds.hi) DIV 2)
               ELSE named_struct('lo', (bounds.lo + bounds.hi) DIV 2, 'hi', bounds.hi)
             END,
             bounds -> bounds.hi
           )
         ) AS start_ms
  FROM day_found
),
-- Each zone's timelines as instants [from_ms, to_ms), with the time before coverage as a row of its own.
timelines AS (
  SELECT s.time_zone, r.region_id, p.purpose, p.effective_from, p.status, p.minimum_age,
         s.start_ms AS from_ms, coalesce(e.start_ms, 9223372036854775807) AS to_ms
  FROM lpd_provisions AS p
  JOIN regions AS r ON r.region = p.region
  JOIN day_starts AS s ON s.day = p.effective_from
  LEFT JOIN day_starts AS e ON e.time_zone = s.time_zone AND e.day = p.effective_to
  UNION ALL
  SELECT s.time_zone, r.region_id, f.purpose, NULL, NULL, NULL, -9223372036854775808, s.start_ms
  FROM (SELECT purpose, region, min(effective_from) AS first_day FROM lpd_provisions GROUP BY purpose, region) AS f
  JOIN regions AS r ON r.region = f.region
  JOIN day_starts AS s ON s.day = f.first_day
),
provisioned AS (
  SELECT a.member_id, a.purpose, a.region, a.time_zone, a.error, a.t, a.birth_date, tl.effective_from,
         tl.status AS provision_status, tl.minimum_age,
         coalesce(a.opted_out_ms <= a.t, false) AS opted_out,
         CASE WHEN tl.status IS NOT NULL AND a.birth_date IS NOT NULL THEN coalesce(tl.minimum_age, 18) END AS age,
         -- The same under each other candidate region of the member's country, where it has any.
         a.alt1_region_id IS NOT NULL AS has_alt1, t1.status AS alt1_status, t1.minimum_age AS alt1_minimum_age,
         CASE WHEN t1.status IS NOT NULL AND a.birth_date IS NOT NULL THEN coalesce(t1.minimum_age, 18) END AS alt1_age,
         a.alt2_region_id IS NOT NULL AS has_alt2, t2.status AS alt2_status, t2.minimum_age AS alt2_minimum_age,
         CASE WHEN t2.status IS NOT NULL AND a.birth_date IS NOT NULL THEN coalesce(t2.minimum_age, 18) END AS alt2_age
  FROM asks AS a
  LEFT JOIN timelines AS tl
    ON tl.time_zone = a.time_zone AND tl.region_id = a.region_id AND tl.purpose = a.purpose
   AND a.t >= tl.from_ms AND a.t < tl.to_ms
  LEFT JOIN timelines AS t1
    ON t1.time_zone = a.time_zone AND t1.region_id = a.alt1_region_id AND t1.purpose = a.purpose
   AND a.t >= t1.from_ms AND a.t < t1.to_ms
  LEFT JOIN timelines AS t2
    ON t2.time_zone = a.time_zone AND t2.region_id = a.alt2_region_id AND t2.purpose = a.purpose
   AND a.t >= t2.from_ms AND a.t < t2.to_ms
),
-- Younger than the provision's minimum age, or than 18 where it states none: age counts in whole calendar
-- years, the birthday starting at 00:00 in the member's zone (29 February births turn a year older on
-- 28 February in common years); a birthday past year 9999 is never reached.
aged AS (
  SELECT p.*,
         CASE
           WHEN p.age IS NULL THEN false
           WHEN year(p.birth_date) + p.age > 9999 THEN true
           WHEN p.t < unix_date(add_months(p.birth_date, 12 * p.age)) * 86400000 - 172800000 THEN true
           WHEN p.t >= unix_date(add_months(p.birth_date, 12 * p.age)) * 86400000 + 172800000 THEN false
           ELSE p.t < b.start_ms
         END AS younger,
         CASE
           WHEN p.alt1_age IS NULL THEN false
           WHEN year(p.birth_date) + p.alt1_age > 9999 THEN true
           WHEN p.t < unix_date(add_months(p.birth_date, 12 * p.alt1_age)) * 86400000 - 172800000 THEN true
           WHEN p.t >= unix_date(add_months(p.birth_date, 12 * p.alt1_age)) * 86400000 + 172800000 THEN false
           ELSE p.t < b1.start_ms
         END AS alt1_younger,
         CASE
           WHEN p.alt2_age IS NULL THEN false
           WHEN year(p.birth_date) + p.alt2_age > 9999 THEN true
           WHEN p.t < unix_date(add_months(p.birth_date, 12 * p.alt2_age)) * 86400000 - 172800000 THEN true
           WHEN p.t >= unix_date(add_months(p.birth_date, 12 * p.alt2_age)) * 86400000 + 172800000 THEN false
           ELSE p.t < b2.start_ms
         END AS alt2_younger
  FROM provisioned AS p
  LEFT JOIN day_starts AS b
    ON b.time_zone = p.time_zone
   AND b.day = CASE WHEN year(p.birth_date) + p.age <= 9999 THEN add_months(p.birth_date, 12 * p.age) END
  LEFT JOIN day_starts AS b1
    ON b1.time_zone = p.time_zone
   AND b1.day = CASE WHEN year(p.birth_date) + p.alt1_age <= 9999 THEN add_months(p.birth_date, 12 * p.alt1_age) END
  LEFT JOIN day_starts AS b2
    ON b2.time_zone = p.time_zone
   AND b2.day = CASE WHEN year(p.birth_date) + p.alt2_age <= 9999 THEN add_months(p.birth_date, 12 * p.alt2_age) END
),
decided AS (
  SELECT member_id, purpose, region, time_zone, effective_from, error, younger, has_alt1, has_alt2, alt1_younger, alt2_younger,
         CASE WHEN provision_status IS NULL THEN 1 WHEN provision_status = 'not-subject' THEN 2
              WHEN provision_status = 'unknown' THEN 4 ELSE 0 END
         + CASE WHEN minimum_age IS NOT NULL AND younger THEN 8 ELSE 0 END
         + CASE WHEN opted_out THEN 16 ELSE 0 END AS bits,
         CASE WHEN alt1_status IS NULL THEN 1 WHEN alt1_status = 'not-subject' THEN 2
              WHEN alt1_status = 'unknown' THEN 4 ELSE 0 END
         + CASE WHEN alt1_minimum_age IS NOT NULL AND alt1_younger THEN 8 ELSE 0 END
         + CASE WHEN opted_out THEN 16 ELSE 0 END AS alt1_bits,
         CASE WHEN alt2_status IS NULL THEN 1 WHEN alt2_status = 'not-subject' THEN 2
              WHEN alt2_status = 'unknown' THEN 4 ELSE 0 END
         + CASE WHEN alt2_minimum_age IS NOT NULL AND alt2_younger THEN 8 ELSE 0 END
         + CASE WHEN opted_out THEN 16 ELSE 0 END AS alt2_bits
  FROM aged
),
-- The reasons as bits under the region and each other candidate: where none applies, a member known to be under
-- 18 under a provision that states no age rule is not known to be subject (4); anyone else is in scope (32). The
-- status of a set of bits is that of its lowest bit.
candidate_bits AS (
  SELECT *,
         CASE WHEN (b & 1) <> 0 OR ((b & 2) = 0 AND (b & 4) <> 0) THEN 'unknown' WHEN (b & 26) <> 0 THEN 'not-subject' ELSE 'subject' END
           AS status_of_b,
         CASE WHEN NOT has_alt1 THEN NULL
              WHEN (b1 & 1) <> 0 OR ((b1 & 2) = 0 AND (b1 & 4) <> 0) THEN 'unknown' WHEN (b1 & 26) <> 0 THEN 'not-subject' ELSE 'subject' END
           AS status_of_b1,
         CASE WHEN NOT has_alt2 THEN NULL
              WHEN (b2 & 1) <> 0 OR ((b2 & 2) = 0 AND (b2 & 4) <> 0) THEN 'unknown' WHEN (b2 & 26) <> 0 THEN 'not-subject' ELSE 'subject' END
           AS status_of_b2
  FROM (
    SELECT *,
           CASE WHEN bits <> 0 THEN bits WHEN younger THEN 4 ELSE 32 END AS b,
           CASE WHEN alt1_bits <> 0 THEN alt1_bits WHEN alt1_younger THEN 4 ELSE 32 END AS b1,
           CASE WHEN alt2_bits <> 0 THEN alt2_bits WHEN alt2_younger THEN 4 ELSE 32 END AS b2
    FROM decided
  ) AS d
),
-- A member of a country with other candidate regions: where one gives another status than the region's, the
-- answer is not known, with no provision, and keeps the member's own reasons (minor, opted out) that hold under
-- every candidate.
compared AS (
  SELECT member_id, purpose, region, time_zone, error,
         CASE WHEN disagree THEN NULL ELSE effective_from END AS effective_from,
         CASE WHEN disagree THEN 4 | (b & b1 & CASE WHEN has_alt2 THEN b2 ELSE 63 END & 24) ELSE b END AS b
  FROM (
    SELECT *,
           coalesce(status_of_b1 <> status_of_b, false) OR coalesce(status_of_b2 <> status_of_b, false) AS disagree
    FROM candidate_bits
  ) AS c
),
-- The reasons in the library's order of precedence; a decision lists every reason that applies, and its
-- status follows the first. Where none applies, a member known to be under 18 under a provision that states
-- no age rule is not known to be subject; anyone else is in scope.
reasoned AS (
  SELECT member_id, purpose, region, time_zone, effective_from, error,
         filter(
           array(
             CASE WHEN b & 1 <> 0 THEN 'before-coverage' END,
             CASE WHEN b & 2 <> 0 THEN 'region-not-in-scope' END,
             CASE WHEN b & 4 <> 0 THEN 'not-known' END,
             CASE WHEN b & 8 <> 0 THEN 'minor' END,
             CASE WHEN b & 16 <> 0 THEN 'opted-out' END,
             CASE WHEN b & 32 <> 0 THEN 'in-scope' END
           ),
           reason -> reason IS NOT NULL
         ) AS reasons
  FROM compared AS d
)
SELECT member_id, purpose,
       CASE WHEN error IS NULL THEN
         CASE reasons[0]
           WHEN 'before-coverage' THEN 'unknown'
           WHEN 'region-not-in-scope' THEN 'not-subject'
           WHEN 'not-known' THEN 'unknown'
           WHEN 'minor' THEN 'not-subject'
           WHEN 'opted-out' THEN 'not-subject'
           WHEN 'in-scope' THEN 'subject'
         END
       END AS status,
       CASE WHEN error IS NULL THEN reasons END AS reasons,
       CASE WHEN error IS NULL THEN region END AS region,
       CASE WHEN error IS NULL THEN time_zone END AS time_zone,
       CASE WHEN error IS NULL THEN effective_from END AS provision_effective_from,
       error
FROM reasoned;
