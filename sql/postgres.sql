-- linkedin-policy-data: LinkedIn's data-use policy as a PostgreSQL view (PostgreSQL 15 or newer).
--
-- Before running this file, load the package's two tables and provide your members:
--   lpd_countries(country text, region text, default_time_zone text)            from tables/countries.csv
--   lpd_provisions(purpose text, region text, effective_from date, effective_to date, status text,
--                  minimum_age integer, lawful_basis text)                       from tables/provisions.csv
--   lpd_members(member_id, country text, asked_at timestamptz, birth_date date, time_zone text,
--               opted_out_ai_training timestamptz, opted_out_microsoft_ads timestamptz,
--               opted_out_microsoft_ai_training timestamptz)
--     a table or a view; NULL means not given (or not opted out), '-infinity' opted out before any date.
-- It creates the view lpd_member_decisions(member_id, purpose, status, reasons text[], region, time_zone,
-- provision_effective_from date, error) and the lpd_* functions below, nothing else. Each row equals the
-- library's decide(purpose, member, asked_at); a member the library would reject gets status NULL and the
-- library's error code. Instants are compared in whole milliseconds, as the library holds them. Zones are
-- PostgreSQL's own (pg_timezone_names); the session's TimeZone and DateStyle make no difference.

-- Epoch milliseconds of an instant, rounded down, as a JavaScript Date holds it; NULL for the infinities.
CREATE OR REPLACE FUNCTION lpd_epoch_ms(instant timestamptz) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN isfinite(instant) THEN floor(extract(epoch FROM instant) * 1000)::bigint END
$$;

-- The instant of epoch milliseconds, exactly: whole seconds through to_timestamp, the milliseconds added.
CREATE OR REPLACE FUNCTION lpd_instant(ms bigint) RETURNS timestamptz
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_timestamp(((ms - ((ms % 1000) + 1000) % 1000) / 1000)::double precision)
         + (((ms % 1000) + 1000) % 1000) * interval '1 millisecond'
$$;

-- Whether an instant is one the library accepts: finite, and its milliseconds inside ECMAScript's time range
-- (±8.64e15 ms; PostgreSQL's earliest instant is later than its start). NULL and the infinities are not.
CREATE OR REPLACE FUNCTION lpd_is_valid_instant(instant timestamptz) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(isfinite(instant) AND instant < timestamptz '275760-09-13 00:00:00.001+00', false)
$$;

-- Epoch milliseconds of a calendar day's UTC midnight.
CREATE OR REPLACE FUNCTION lpd_day_ms(day date) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (day - DATE '1970-01-01')::bigint * 86400000
$$;

-- The wall time an instant (epoch ms) shows in a zone, as epoch ms of that zone-less wall time.
CREATE OR REPLACE FUNCTION lpd_wall_ms(zone text, ms bigint) RETURNS bigint
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT floor(extract(epoch FROM (lpd_instant(ms) AT TIME ZONE zone)) * 1000)::bigint
$$;

-- Where clocks spring forward over a wall time: the moment they jump, i.e. the first instant whose wall time
-- is past it, found by halving the 52 hours around the guess.
CREATE OR REPLACE FUNCTION lpd_jump_ms(zone text, wall bigint, guess bigint) RETURNS bigint
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  WITH RECURSIVE halving(low, high) AS (
    SELECT guess - 93600000, guess + 93600000
    UNION ALL
    SELECT CASE WHEN lpd_wall_ms(zone, (low + high) >> 1) > wall THEN low ELSE (low + high) >> 1 END,
           CASE WHEN lpd_wall_ms(zone, (low + high) >> 1) > wall THEN (low + high) >> 1 ELSE high END
    FROM halving WHERE high - low > 1
  )
  SELECT high FROM halving WHERE high - low <= 1
$$;

-- The instant (epoch ms) at which a calendar day starts in a zone, by the library's rule: the earliest instant
-- showing 00:00 where clocks fall back and show it twice, and the moment the clocks jump where they spring
-- forward over it. PostgreSQL's own reading (timestamp AT TIME ZONE), the guess, takes the later instant of a
-- repeated wall time, so the instants showing 00:00 under the offsets in force 26 hours either side of the
-- guess and at the guess are tried instead, as the library does.
CREATE OR REPLACE FUNCTION lpd_day_start_ms(zone text, day date) RETURNS bigint
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(
    (SELECT min(candidate)
     FROM (SELECT lpd_day_ms(day) - (lpd_wall_ms(zone, probe) - probe) AS candidate
           FROM unnest(ARRAY[guess - 93600000, guess, guess + 93600000]) AS probes(probe)) AS candidates
     WHERE lpd_wall_ms(zone, candidate) = lpd_day_ms(day)),
    lpd_jump_ms(zone, lpd_day_ms(day), guess)
  )
  FROM (SELECT lpd_epoch_ms(day::timestamp AT TIME ZONE zone) AS guess) AS guessed
$$;

-- The birthday on which someone born on birth_date turns age, when instant t (epoch ms) falls within two days of
-- its UTC midnight, and NULL otherwise: a day starts within two days of its UTC midnight in every zone, so only
-- those birthdays need the zone. A 29 February birthday falls on 28 February in common years; one past year
-- 9999 is never reached. Cheap bounds first settle nearly every case: a birthday lies 365 to 366 days a year
-- after the birth date.
CREATE OR REPLACE FUNCTION lpd_birthday_near(birth_date date, age integer, t bigint) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN t < lpd_day_ms(birth_date) + (age * 365 - 2) * 86400000::bigint THEN NULL
    WHEN t >= lpd_day_ms(birth_date) + (age * 366 + 2) * 86400000::bigint THEN NULL
    WHEN extract(year FROM birth_date) + age > 9999 THEN NULL
    WHEN t >= lpd_day_ms((birth_date + make_interval(years => age))::date) - 172800000
     AND t < lpd_day_ms((birth_date + make_interval(years => age))::date) + 172800000
      THEN (birth_date + make_interval(years => age))::date
  END
$$;

-- Whether someone born on birth_date is younger than age at instant t (epoch ms): age counts in whole calendar
-- years from the birthday, which starts at birthday_start_ms, its 00:00 in the member's zone (needed only where
-- lpd_birthday_near gives a birthday).
CREATE OR REPLACE FUNCTION lpd_is_younger_than(birth_date date, age integer, t bigint, birthday_start_ms bigint) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN t < lpd_day_ms(birth_date) + (age * 365 - 2) * 86400000::bigint THEN true
    WHEN extract(year FROM birth_date) + age > 9999 THEN true
    WHEN t >= lpd_day_ms(birth_date) + (age * 366 + 2) * 86400000::bigint THEN false
    WHEN t < lpd_day_ms((birth_date + make_interval(years => age))::date) - 172800000 THEN true
    WHEN t >= lpd_day_ms((birth_date + make_interval(years => age))::date) + 172800000 THEN false
    ELSE t < birthday_start_ms
  END
$$;

-- Whether an opt-out (NULL: none; '-infinity': before any date) was made at or before instant t (epoch ms).
CREATE OR REPLACE FUNCTION lpd_opted_out(opted_out timestamptz, t bigint) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN opted_out IS NULL THEN false
              WHEN isfinite(opted_out) THEN lpd_epoch_ms(opted_out) <= t
              ELSE opted_out = '-infinity' END
$$;

-- The reasons that apply under a provision, as bits in the library's order of precedence (as in reason_sets
-- below): before coverage (no provision) 1, excluded or paused 2, not known 4, under the minimum age 8, opted out
-- 16. Where none applies, a member known to be under 18 under a provision that states no age rule is not known
-- to be subject (4); anyone else is in scope (32). `younger`: younger than the minimum age, or 18 where none.
CREATE OR REPLACE FUNCTION lpd_reason_bits(provision_status text, minimum_age integer, younger boolean, opted_out boolean) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN provision_status IS NULL OR provision_status <> 'subject' OR (minimum_age IS NOT NULL AND younger)
         OR coalesce(opted_out, false)
    THEN CASE WHEN provision_status IS NULL THEN 1 WHEN provision_status = 'not-subject' THEN 2
              WHEN provision_status = 'unknown' THEN 4 ELSE 0 END
         + CASE WHEN minimum_age IS NOT NULL AND younger THEN 8 ELSE 0 END
         + CASE WHEN coalesce(opted_out, false) THEN 16 ELSE 0 END
    WHEN younger THEN 4
    ELSE 32
  END
$$;

-- The status a set of reason bits stands for: the status of its first reason.
CREATE OR REPLACE FUNCTION lpd_status_of_bits(reason_bits integer) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN reason_bits IS NULL THEN NULL
              WHEN (reason_bits & 1) = 1 OR ((reason_bits & 2) = 0 AND (reason_bits & 4) = 4) THEN 'unknown'
              WHEN (reason_bits & 26) <> 0 THEN 'not-subject'
              ELSE 'subject' END
$$;

CREATE OR REPLACE VIEW lpd_member_decisions AS
WITH
-- BEGIN candidate regions (written by `npm run generate` from data/regions.json: regenerate, never edit by hand)
-- The countries where no source says which region's terms apply, with each other region whose terms may apply
-- (slot 1, 2, ...); lpd_countries lists them under the first, their nominal region. A member of such a country is
-- answered under every candidate, and only where all give the same status is that answer known.
territory_alternatives AS (
  SELECT * FROM (VALUES
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
  ) AS alternatives(country, slot, region)
),
-- END candidate regions
-- Every zone the engine knows, by its name in lower case: zone names match in any (ASCII) case, as in the
-- library (lower() under the "C" collation changes ASCII letters only). Names the library refuses are left out:
-- PostgreSQL's placeholder 'Factory' and its files 'localtime' and 'posixrules'.
zones AS (
  SELECT lower(name COLLATE "C") AS zone_key, name AS zone_name, row_number() OVER (ORDER BY name) AS zone_id
  FROM pg_timezone_names WHERE name NOT IN ('Factory', 'localtime', 'posixrules')
),
-- Regions numbered, so that a member's zone and region make one integer key into the timelines.
regions AS (
  SELECT region, row_number() OVER (ORDER BY region) AS region_id FROM (SELECT DISTINCT region FROM lpd_countries) AS r
),
-- Each country with its region and, where it has other candidate regions, theirs (NULL otherwise).
countries AS (
  SELECT c.country, c.region, c.default_time_zone, r.region_id, a1.region_id AS alt1_region_id, a2.region_id AS alt2_region_id
  FROM lpd_countries c JOIN regions r ON r.region = c.region
  LEFT JOIN (SELECT a.country, r.region_id FROM territory_alternatives a JOIN regions r ON r.region = a.region WHERE a.slot = 1) a1
    ON a1.country = c.country
  LEFT JOIN (SELECT a.country, r.region_id FROM territory_alternatives a JOIN regions r ON r.region = a.region WHERE a.slot = 2) a2
    ON a2.country = c.country
),
members AS (
  SELECT
    m.member_id,
    m.birth_date,
    m.opted_out_ai_training,
    m.opted_out_microsoft_ads,
    m.opted_out_microsoft_ai_training,
    c.region,
    coalesce(m.time_zone, c.default_time_zone) AS time_zone,
    z.zone_id,
    z.zone_id * 1024 + c.region_id AS timeline_key,
    z.zone_id * 1024 + c.alt1_region_id AS alt1_key,
    z.zone_id * 1024 + c.alt2_region_id AS alt2_key,
    CASE WHEN lpd_is_valid_instant(m.asked_at) THEN lpd_epoch_ms(m.asked_at) END AS t,
    -- The library checks the country, then the zone, the birth date, the opt-outs and the moment asked about.
    CASE
      WHEN c.country IS NULL THEN 'INVALID_COUNTRY'
      WHEN z.zone_name IS NULL THEN 'INVALID_TIME_ZONE'
      WHEN NOT coalesce(m.birth_date BETWEEN DATE '0001-01-01' AND DATE '9999-12-31', true) THEN 'INVALID_BIRTH_DATE'
      WHEN NOT (
        (m.opted_out_ai_training IS NULL OR m.opted_out_ai_training = '-infinity' OR lpd_is_valid_instant(m.opted_out_ai_training))
        AND (m.opted_out_microsoft_ads IS NULL OR m.opted_out_microsoft_ads = '-infinity' OR lpd_is_valid_instant(m.opted_out_microsoft_ads))
        AND (m.opted_out_microsoft_ai_training IS NULL OR m.opted_out_microsoft_ai_training = '-infinity'
             OR lpd_is_valid_instant(m.opted_out_microsoft_ai_training))
      ) THEN 'INVALID_DATE'
      WHEN NOT lpd_is_valid_instant(m.asked_at) THEN 'INVALID_DATE'
    END AS error
  FROM lpd_members m
  LEFT JOIN countries c ON c.country = upper(m.country COLLATE "C")
  LEFT JOIN zones z ON z.zone_key = lower(coalesce(m.time_zone, c.default_time_zone) COLLATE "C")
),
-- When each effective date starts in each zone asked about: computed once per zone and date, not per member.
day_starts AS MATERIALIZED (
  SELECT zone.zone_id, zone.zone_name, day.day, lpd_day_start_ms(zone.zone_name, day.day) AS start_ms
  FROM (SELECT zone_id, zone_name FROM zones
        WHERE zone_key IN (SELECT lower(coalesce(m.time_zone, c.default_time_zone) COLLATE "C")
                           FROM lpd_members m LEFT JOIN countries c ON c.country = upper(m.country COLLATE "C"))) AS zone,
       (SELECT effective_from AS day FROM lpd_provisions
        UNION SELECT effective_to FROM lpd_provisions WHERE effective_to IS NOT NULL) AS day
),
-- The birthdays that matter: those within two days of the moment asked about (lpd_birthday_near), once per
-- zone and date.
birthdays AS MATERIALIZED (
  SELECT DISTINCT zone_id, zone_name, day
  FROM (
    SELECT z.zone_id, z.zone_name, lpd_birthday_near(m.birth_date, a.age, lpd_epoch_ms(m.asked_at)) AS day
    FROM lpd_members m
    JOIN countries c ON c.country = upper(m.country COLLATE "C")
    JOIN zones z ON z.zone_key = lower(coalesce(m.time_zone, c.default_time_zone) COLLATE "C")
    CROSS JOIN (SELECT DISTINCT coalesce(minimum_age, 18) AS age FROM lpd_provisions) AS a
    WHERE m.birth_date BETWEEN DATE '0001-01-01' AND DATE '9999-12-31' AND lpd_is_valid_instant(m.asked_at)
  ) AS near
  WHERE day IS NOT NULL
),
-- Each zone's offset from UTC every fourth day (at 00:00 UTC of days numbered by multiples of four), around
-- those birthdays: asking a zone is the costly step, so it is asked per zone and four days, not per birthday.
offsets AS (
  SELECT zone_id, block, lpd_wall_ms(zone_name, block::bigint * 345600000) - block::bigint * 345600000 AS offset_ms
  FROM (SELECT DISTINCT zone_id, zone_name, (day - DATE '1970-01-01') / 4 + around AS block
        FROM birthdays, (VALUES (-1), (0), (1), (2)) AS arounds(around)) AS blocks
),
-- Whether the offset stays the same over the four samples around each block (twelve to sixteen days).
steady AS (
  SELECT zone_id, block, min(offset_ms) OVER w AS low_ms, max(offset_ms) OVER w AS high_ms
  FROM offsets
  WINDOW w AS (PARTITION BY zone_id ORDER BY block RANGE BETWEEN 1 PRECEDING AND 2 FOLLOWING)
),
-- When each of those birthdays starts in the zone: where the offset holds over the days around it, no clock
-- changes near its midnight, which starts at its UTC midnight less the offset; elsewhere lpd_day_start_ms
-- applies the library's rule.
birthday_starts AS (
  SELECT b.zone_id, b.day,
         CASE WHEN s.low_ms = s.high_ms THEN lpd_day_ms(b.day) - s.low_ms ELSE lpd_day_start_ms(b.zone_name, b.day) END
           AS start_ms
  FROM birthdays b
  JOIN steady s ON s.zone_id = b.zone_id AND s.block = (b.day - DATE '1970-01-01') / 4
),
-- Each zone's timelines as instants [from_ms, to_ms), with the time before coverage as a row of its own.
timelines AS MATERIALIZED (
  SELECT s.zone_id * 1024 + r.region_id AS timeline_key, p.purpose, p.effective_from, p.status, p.minimum_age,
         s.start_ms AS from_ms, coalesce(e.start_ms, 9223372036854775807) AS to_ms
  FROM lpd_provisions p
  JOIN regions r ON r.region = p.region
  JOIN day_starts s ON s.day = p.effective_from
  LEFT JOIN day_starts e ON e.zone_id = s.zone_id AND e.day = p.effective_to
  UNION ALL
  SELECT s.zone_id * 1024 + r.region_id, f.purpose, NULL, NULL, NULL, -9223372036854775808, s.start_ms
  FROM (SELECT purpose, region, min(effective_from) AS first_day FROM lpd_provisions GROUP BY purpose, region) f
  JOIN regions r ON r.region = f.region
  JOIN day_starts s ON s.day = f.first_day
),
-- The reasons as bits in the library's order of precedence, with the list and the status each set stands for:
-- a decision lists every reason that applies, and its status follows the first.
reason_sets AS (
  SELECT bits, reasons,
         CASE reasons[1]
           WHEN 'before-coverage' THEN 'unknown'
           WHEN 'region-not-in-scope' THEN 'not-subject'
           WHEN 'not-known' THEN 'unknown'
           WHEN 'minor' THEN 'not-subject'
           WHEN 'opted-out' THEN 'not-subject'
           WHEN 'in-scope' THEN 'subject'
         END AS status
  FROM (
    SELECT bits, ARRAY(
             SELECT reason
             FROM unnest(ARRAY['before-coverage', 'region-not-in-scope', 'not-known', 'minor', 'opted-out', 'in-scope'])
                  WITH ORDINALITY AS listed(reason, i)
             WHERE (bits >> (i::integer - 1)) & 1 = 1
             ORDER BY i) AS reasons
    FROM generate_series(1, 63) AS bit_sets(bits)
  ) AS sets
),
-- One row per member and purpose, with whether the member had opted out of that purpose by then (from the
-- column named after it).
asks AS (
  SELECT m.member_id, m.birth_date, m.region, m.time_zone, m.zone_id, m.timeline_key, m.alt1_key, m.alt2_key, m.t,
         m.error, p.purpose, p.opted_out
  FROM members m
  CROSS JOIN LATERAL (VALUES
    ('ai-training', lpd_opted_out(m.opted_out_ai_training, m.t)),
    ('microsoft-ads', lpd_opted_out(m.opted_out_microsoft_ads, m.t)),
    ('microsoft-ai-training', lpd_opted_out(m.opted_out_microsoft_ai_training, m.t))
  ) AS p(purpose, opted_out)
),
-- The provision in force for each member and purpose, and for a member of a country with other candidate regions
-- the provision under each of those too; a member with an error has none. The age that matters is the
-- provision's minimum age, or 18 where it states none.
provisioned AS (
  SELECT a.member_id, a.purpose, a.region, a.time_zone, a.zone_id, a.error, a.birth_date, a.t, a.opted_out,
         tl.effective_from, tl.status AS provision_status, tl.minimum_age, coalesce(tl.minimum_age, 18) AS age,
         a.alt1_key IS NOT NULL AND a.error IS NULL AS has_alt1, t1.status AS alt1_status, t1.minimum_age AS alt1_minimum_age,
         a.alt2_key IS NOT NULL AND a.error IS NULL AS has_alt2, t2.status AS alt2_status, t2.minimum_age AS alt2_minimum_age
  FROM asks a
  LEFT JOIN timelines tl
    ON tl.timeline_key = a.timeline_key AND tl.purpose = a.purpose
   AND a.t >= tl.from_ms AND a.t < tl.to_ms
   AND a.error IS NULL
  LEFT JOIN timelines t1
    ON t1.timeline_key = a.alt1_key AND t1.purpose = a.purpose
   AND a.t >= t1.from_ms AND a.t < t1.to_ms
   AND a.error IS NULL
  LEFT JOIN timelines t2
    ON t2.timeline_key = a.alt2_key AND t2.purpose = a.purpose
   AND a.t >= t2.from_ms AND a.t < t2.to_ms
   AND a.error IS NULL
),
-- Whether the member is younger than that age, under the region and under each other candidate; the start of
-- the birthday only where it is near.
aged AS (
  SELECT p.member_id, p.purpose, p.region, p.time_zone, p.error, p.effective_from, p.provision_status, p.minimum_age,
         p.opted_out, p.has_alt1, p.alt1_status, p.alt1_minimum_age, p.has_alt2, p.alt2_status, p.alt2_minimum_age,
         CASE WHEN p.error IS NOT NULL OR p.birth_date IS NULL OR p.provision_status IS NULL THEN false
              ELSE lpd_is_younger_than(p.birth_date, p.age, p.t, b.start_ms) END AS younger,
         CASE WHEN NOT p.has_alt1 OR p.birth_date IS NULL OR p.alt1_status IS NULL THEN false
              ELSE lpd_is_younger_than(p.birth_date, coalesce(p.alt1_minimum_age, 18), p.t, b1.start_ms) END AS alt1_younger,
         CASE WHEN NOT p.has_alt2 OR p.birth_date IS NULL OR p.alt2_status IS NULL THEN false
              ELSE lpd_is_younger_than(p.birth_date, coalesce(p.alt2_minimum_age, 18), p.t, b2.start_ms) END AS alt2_younger
  FROM provisioned p
  LEFT JOIN birthday_starts b
    ON b.zone_id = p.zone_id
   AND b.day = CASE WHEN p.error IS NULL AND p.provision_status IS NOT NULL THEN lpd_birthday_near(p.birth_date, p.age, p.t) END
  LEFT JOIN birthday_starts b1
    ON b1.zone_id = p.zone_id
   AND b1.day = CASE WHEN p.has_alt1 AND p.alt1_status IS NOT NULL
                     THEN lpd_birthday_near(p.birth_date, coalesce(p.alt1_minimum_age, 18), p.t) END
  LEFT JOIN birthday_starts b2
    ON b2.zone_id = p.zone_id
   AND b2.day = CASE WHEN p.has_alt2 AND p.alt2_status IS NOT NULL
                     THEN lpd_birthday_near(p.birth_date, coalesce(p.alt2_minimum_age, 18), p.t) END
),
-- The reasons as bits, for the region and each other candidate region (NULL where there is none).
decided AS (
  SELECT member_id, purpose, region, time_zone, effective_from, error, has_alt1,
         lpd_reason_bits(provision_status, minimum_age, younger, opted_out) AS bits,
         CASE WHEN has_alt1 THEN lpd_reason_bits(alt1_status, alt1_minimum_age, alt1_younger, opted_out) END AS alt1_bits,
         CASE WHEN has_alt2 THEN lpd_reason_bits(alt2_status, alt2_minimum_age, alt2_younger, opted_out) END AS alt2_bits
  FROM aged
),
-- A member of a country with other candidate regions: where one gives another status than the region's, the
-- answer is not known, with no provision, and keeps the member's own reasons (minor, opted out) that hold under
-- every candidate.
compared AS (
  SELECT *,
         has_alt1 AND (lpd_status_of_bits(alt1_bits) <> lpd_status_of_bits(bits)
                       OR coalesce(lpd_status_of_bits(alt2_bits) <> lpd_status_of_bits(bits), false)) AS disagree
  FROM decided
)
SELECT d.member_id, d.purpose, r.status, r.reasons,
       CASE WHEN d.error IS NULL THEN d.region END AS region,
       CASE WHEN d.error IS NULL THEN d.time_zone END AS time_zone,
       CASE WHEN d.error IS NULL AND NOT d.disagree THEN d.effective_from END AS provision_effective_from, d.error
FROM compared d
-- A member with an error gets no reasons.
LEFT JOIN reason_sets r
  ON r.bits = CASE WHEN d.error IS NOT NULL THEN NULL
                   WHEN d.disagree THEN 4 | (d.bits & d.alt1_bits & coalesce(d.alt2_bits, 63) & 24)
                   ELSE d.bits END;
