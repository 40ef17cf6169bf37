-- linkedin-policy-data: LinkedIn's data-use policy as a ClickHouse view (ClickHouse 24 or newer).
--
-- Before running this file, load the package's two tables and provide your members:
--   lpd_countries(country String, region String, default_time_zone String)       from tables/countries.csv
--   lpd_provisions(purpose String, region String, effective_from Date32, effective_to Nullable(Date32),
--                  status String, minimum_age Nullable(Int32), lawful_basis Nullable(String))
--                                                                                 from tables/provisions.csv
--   lpd_members(member_id, country String, asked_at DateTime64(3, 'UTC'), birth_date Nullable(Date32),
--               time_zone Nullable(String), opted_out_ai_training Nullable(DateTime64(3, 'UTC')),
--               opted_out_microsoft_ads Nullable(DateTime64(3, 'UTC')),
--               opted_out_microsoft_ai_training Nullable(DateTime64(3, 'UTC')))
--     a table or a view; NULL means not given (or not opted out); an opt-out at '1900-01-01 00:00:00.000',
--     the earliest instant a DateTime64 holds, means opted out before any date.
-- It creates the view lpd_member_decisions(member_id, purpose, status Nullable(String), reasons Array(String),
-- region, time_zone, provision_effective_from Nullable(Date32), error) and the lpd_* functions below, nothing
-- else. Each row equals the library's decide(purpose, member, asked_at); a member the library would reject gets
-- status NULL, no reasons (an empty array: ClickHouse arrays are never NULL) and the library's error code.
-- Zones are ClickHouse's own (system.time_zones); the session's time zone makes no difference.

-- The wall time an instant (epoch ms) shows in a zone, as epoch ms of that zone-less wall time: the instant
-- written out in the zone, read back as UTC (ClickHouse takes a zone that varies by row only in formatting).
CREATE OR REPLACE FUNCTION lpd_wall_ms AS (zone, ms) ->
  toUnixTimestamp64Milli(toDateTime64(toString(fromUnixTimestamp64Milli(toInt64(ms), 'UTC'), zone), 3, 'UTC'));

-- The zone's offset from UTC at an instant, in ms.
CREATE OR REPLACE FUNCTION lpd_offset_ms AS (zone, ms) -> lpd_wall_ms(zone, ms) - toInt64(ms);

-- Where clocks spring forward over a wall time: the moment they jump, i.e. the first instant whose wall
-- time is past it, found by halving the 52 hours around the guess (28 halvings reach one millisecond).
CREATE OR REPLACE FUNCTION lpd_jump_ms AS (zone, wall, guess) ->
  arrayFold(
    (bounds, step) -> if(
      bounds[2] - bounds[1] <= 1, bounds,
      if(lpd_wall_ms(zone, intDiv(bounds[1] + bounds[2], 2)) > wall,
         [bounds[1], intDiv(bounds[1] + bounds[2], 2)],
         [intDiv(bounds[1] + bounds[2], 2), bounds[2]])),
    range(28),
    [toInt64(guess) - 93600000, toInt64(guess) + 93600000]
  )[2];

-- The earliest instant (epoch ms) showing a wall time in a zone, by the library's rule where clocks fall back
-- and show it twice; 9223372036854775807 where they spring forward over it and nothing shows it. The guess
-- reads the wall time under the offset at the same number taken as an instant; the instants showing the wall
-- time under the offsets in force 26 hours either side of it and at it are tried, as the library does.
CREATE OR REPLACE FUNCTION lpd_earliest_showing_ms AS (zone, wall) ->
  arrayMin(arrayConcat(
    arrayFilter(
      candidate -> lpd_wall_ms(zone, candidate) = wall,
      arrayMap(probe -> wall - lpd_offset_ms(zone, probe),
               arrayMap(around -> wall - lpd_offset_ms(zone, wall) + around, [-93600000, 0, 93600000]))),
    [toInt64(9223372036854775807)]));

-- The instant (epoch ms) at which a calendar day starts in a zone: the earliest instant showing 00:00, or the
-- moment the clocks jump where they spring forward over it.
CREATE OR REPLACE FUNCTION lpd_day_start_ms AS (zone, day) ->
  if(lpd_earliest_showing_ms(zone, toInt64(toInt32(day)) * 86400000) = 9223372036854775807,
     lpd_jump_ms(zone, toInt64(toInt32(day)) * 86400000,
                 toInt64(toInt32(day)) * 86400000 - lpd_offset_ms(zone, toInt64(toInt32(day)) * 86400000)),
     lpd_earliest_showing_ms(zone, toInt64(toInt32(day)) * 86400000));

-- The birthday on which someone born on birth_date turns age, when instant t (epoch ms) falls within two days of
-- its UTC midnight, and NULL otherwise: a day starts within two days of its UTC midnight in every zone, so only
-- those birthdays need the zone. A 29 February birthday falls on 28 February in common years. Cheap bounds first
-- settle nearly every case: a birthday lies 365 to 366 days a year after the birth date.
CREATE OR REPLACE FUNCTION lpd_birthday_near AS (birth_date, age, t) ->
  multiIf(
    t < (toInt64(toInt32(birth_date)) + age * 365 - 2) * 86400000, NULL,
    t >= (toInt64(toInt32(birth_date)) + age * 366 + 2) * 86400000, NULL,
    t >= toInt64(toInt32(addYears(birth_date, age))) * 86400000 - 172800000
      AND t < toInt64(toInt32(addYears(birth_date, age))) * 86400000 + 172800000, addYears(birth_date, age),
    NULL);

-- Whether someone born on birth_date is younger than age at instant t (epoch ms): age counts in whole calendar
-- years from the birthday, which starts at birthday_start_ms, its 00:00 in the member's zone (needed only where
-- lpd_birthday_near gives a birthday).
CREATE OR REPLACE FUNCTION lpd_is_younger_than AS (birth_date, age, t, birthday_start_ms) ->
  multiIf(
    t < (toInt64(toInt32(birth_date)) + age * 365 - 2) * 86400000, true,
    t >= (toInt64(toInt32(birth_date)) + age * 366 + 2) * 86400000, false,
    t < toInt64(toInt32(addYears(birth_date, age))) * 86400000 - 172800000, true,
    t >= toInt64(toInt32(addYears(birth_date, age))) * 86400000 + 172800000, false,
    t < birthday_start_ms);

-- Whether an opt-out (NULL: none) was made at or before instant t (epoch ms); the earliest instant a DateTime64
-- holds is before every instant asked about.
CREATE OR REPLACE FUNCTION lpd_opted_out AS (opted_out, t) -> ifNull(toUnixTimestamp64Milli(opted_out) <= t, false);

-- The reasons that apply under a provision, as bits in the library's order of precedence (as in reason_sets
-- below): before coverage (no provision) 1, excluded or paused 2, not known 4, under the minimum age 8, opted out
-- 16. Where none applies, a member known to be under 18 under a provision that states no age rule is not known
-- to be subject (4); anyone else is in scope (32). `younger`: younger than the minimum age, or 18 where none.
CREATE OR REPLACE FUNCTION lpd_reason_bits AS (provision_status, minimum_age, younger, opted_out) ->
  toInt64(if(provision_status IS NULL OR provision_status != 'subject' OR (minimum_age IS NOT NULL AND younger) OR opted_out,
             multiIf(provision_status IS NULL, 1, provision_status = 'not-subject', 2, provision_status = 'unknown', 4, 0)
               + if(minimum_age IS NOT NULL AND younger, 8, 0) + if(opted_out, 16, 0),
             if(younger, 4, 32)));

-- The status a set of reason bits stands for: the status of its first reason.
CREATE OR REPLACE FUNCTION lpd_status_of_bits AS (reason_bits) ->
  multiIf(bitAnd(reason_bits, 1) = 1 OR (bitAnd(reason_bits, 2) = 0 AND bitAnd(reason_bits, 4) = 4), 'unknown',
          bitAnd(reason_bits, 26) != 0, 'not-subject', 'subject');

CREATE OR REPLACE VIEW lpd_member_decisions AS
WITH
-- BEGIN candidate regions (written by `npm run generate` from data/regions.json: regenerate, never edit by hand)
-- The countries where no source says which region's terms apply, with each other region whose terms may apply
-- (slot 1, 2, ...); lpd_countries lists them under the first, their nominal region. A member of such a country is
-- answered under every candidate, and only where all give the same status is that answer known.
territory_alternatives AS (
  SELECT * FROM VALUES('country String, slot UInt8, region String',
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
  )
),
-- END candidate regions
-- Every zone the engine knows, by its name in lower case: zone names match in any (ASCII) case, as in the
-- library (lower() changes ASCII letters only). 'Factory' is a placeholder, not a zone; JavaScript runtimes refuse it.
zones AS (
  SELECT lower(time_zone) AS zone_key, time_zone AS zone_name, toInt64(row_number() OVER (ORDER BY time_zone)) AS zone_id
  FROM system.time_zones WHERE time_zone <> 'Factory'
),
-- Regions numbered, so that a member's zone and region make one integer key into the timelines.
regions AS (
  SELECT region, toInt64(row_number() OVER (ORDER BY region)) AS region_id FROM (SELECT DISTINCT region FROM lpd_countries)
),
-- Each country with its region and, where it has other candidate regions, theirs (0 otherwise).
countries AS (
  SELECT c.country AS country, c.region AS region, c.default_time_zone AS default_time_zone, r.region_id AS region_id,
         a1.region_id AS alt1_region_id, a2.region_id AS alt2_region_id
  FROM lpd_countries c JOIN regions r ON r.region = c.region
  LEFT JOIN (SELECT a.country AS country, r.region_id AS region_id FROM territory_alternatives a JOIN regions r ON r.region = a.region
             WHERE a.slot = 1) a1 ON a1.country = c.country
  LEFT JOIN (SELECT a.country AS country, r.region_id AS region_id FROM territory_alternatives a JOIN regions r ON r.region = a.region
             WHERE a.slot = 2) a2 ON a2.country = c.country
),
-- A join that finds nothing gives 0 in the numbering columns: region_id and zone_id 0 are "not found".
members AS (
  SELECT
    m.member_id AS member_id,
    m.birth_date AS birth_date,
    m.opted_out_ai_training AS opted_out_ai_training,
    m.opted_out_microsoft_ads AS opted_out_microsoft_ads,
    m.opted_out_microsoft_ai_training AS opted_out_microsoft_ai_training,
    c.region AS region,
    ifNull(m.time_zone, c.default_time_zone) AS time_zone,
    z.zone_id AS zone_id,
    z.zone_id * 1024 + c.region_id AS timeline_key,
    if(c.alt1_region_id = 0, 0, z.zone_id * 1024 + c.alt1_region_id) AS alt1_key,
    if(c.alt2_region_id = 0, 0, z.zone_id * 1024 + c.alt2_region_id) AS alt2_key,
    ifNull(toUnixTimestamp64Milli(m.asked_at), 0) AS t,
    -- The library checks the country, then the zone, the birth date, the opt-outs and the moment asked about:
    -- a Date32 and a DateTime64 hold only dates and instants the library accepts.
    multiIf(
      c.region_id = 0, 'INVALID_COUNTRY',
      z.zone_id = 0, 'INVALID_TIME_ZONE',
      isNull(m.asked_at), 'INVALID_DATE',
      NULL) AS error
  FROM lpd_members m
  LEFT JOIN countries c ON c.country = upper(m.country)
  LEFT JOIN zones z ON z.zone_key = lower(ifNull(m.time_zone, c.default_time_zone))
),
-- When each effective date starts in each zone asked about: computed once per zone and date, not per member.
day_starts AS (
  SELECT zone.zone_id AS zone_id, day.day AS day, lpd_day_start_ms(zone.zone_name, day.day) AS start_ms
  FROM (SELECT zone_id, zone_name FROM zones
        WHERE zone_key IN (SELECT lower(ifNull(m.time_zone, c.default_time_zone))
                           FROM lpd_members m LEFT JOIN countries c ON c.country = upper(m.country))) AS zone
  CROSS JOIN (SELECT DISTINCT day FROM (SELECT effective_from AS day FROM lpd_provisions
                                        UNION ALL SELECT assumeNotNull(effective_to) FROM lpd_provisions
                                        WHERE effective_to IS NOT NULL)) AS day
),
-- The birthdays that matter: those within two days of the moment asked about (lpd_birthday_near), once per
-- zone and date.
birthdays AS (
  SELECT DISTINCT zone_id, zone_name, assumeNotNull(day) AS day
  FROM (
    SELECT z.zone_id AS zone_id, z.zone_name AS zone_name,
           lpd_birthday_near(assumeNotNull(m.birth_date), a.age, toUnixTimestamp64Milli(m.asked_at)) AS day
    FROM lpd_members m
    INNER JOIN countries c ON c.country = upper(m.country)
    INNER JOIN zones z ON z.zone_key = lower(ifNull(m.time_zone, c.default_time_zone))
    CROSS JOIN (SELECT DISTINCT toInt64(ifNull(minimum_age, 18)) AS age FROM lpd_provisions) AS a
    WHERE m.birth_date IS NOT NULL AND m.asked_at IS NOT NULL
  )
  WHERE day IS NOT NULL
),
-- Each zone's offset from UTC every fourth day (at 00:00 UTC of days numbered by multiples of four), around
-- those birthdays: asking a zone is the costly step, so it is asked per zone and four days, not per birthday.
offsets AS (
  SELECT zone_id, block, lpd_offset_ms(zone_name, block * 345600000) AS offset_ms
  FROM (SELECT DISTINCT zone_id, zone_name, intDiv(toInt64(toInt32(day)), 4) - if(toInt32(day) < 0 AND toInt32(day) % 4 != 0, 1, 0) + around AS block
        FROM birthdays ARRAY JOIN [-1, 0, 1, 2] AS around)
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
  SELECT b.zone_id AS zone_id, b.day AS day,
         if(s.low_ms = s.high_ms, toInt64(toInt32(b.day)) * 86400000 - s.low_ms, lpd_day_start_ms(b.zone_name, b.day)) AS start_ms
  FROM birthdays b
  INNER JOIN steady s
    ON s.zone_id = b.zone_id
   AND s.block = intDiv(toInt64(toInt32(b.day)), 4) - if(toInt32(b.day) < 0 AND toInt32(b.day) % 4 != 0, 1, 0)
),
-- Each zone's timelines as instants [from_ms, to_ms), with the time before coverage as a row of its own.
timelines AS (
  SELECT s.zone_id * 1024 + r.region_id AS timeline_key, p.purpose AS purpose, CAST(p.effective_from AS Nullable(Date32)) AS effective_from,
         CAST(p.status AS Nullable(String)) AS status, CAST(p.minimum_age AS Nullable(Int64)) AS minimum_age,
         s.start_ms AS from_ms, if(p.effective_to IS NULL, toInt64(9223372036854775807), e.start_ms) AS to_ms
  FROM lpd_provisions p
  INNER JOIN regions r ON r.region = p.region
  INNER JOIN day_starts s ON s.day = p.effective_from
  LEFT JOIN day_starts e ON e.zone_id = s.zone_id AND e.day = p.effective_to
  UNION ALL
  SELECT s.zone_id * 1024 + r.region_id, f.purpose, NULL, NULL, NULL, toInt64(-9223372036854775808), s.start_ms
  FROM (SELECT purpose, region, min(effective_from) AS first_day FROM lpd_provisions GROUP BY purpose, region) f
  INNER JOIN regions r ON r.region = f.region
  INNER JOIN day_starts s ON s.day = f.first_day
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
    SELECT toInt64(number) AS bits,
           arrayFilter((reason, i) -> bitTest(number, i - 1),
                       ['before-coverage', 'region-not-in-scope', 'not-known', 'minor', 'opted-out', 'in-scope'],
                       range(1, 7)) AS reasons
    FROM numbers(1, 63)
  )
),
-- One row per member and purpose, with whether the member had opted out of that purpose by then (from the
-- column named after it).
asks AS (
  SELECT member_id, birth_date, region, time_zone, zone_id, timeline_key, alt1_key, alt2_key, t, error,
         asked.1 AS purpose, asked.2 AS opted_out
  FROM members
  ARRAY JOIN [('ai-training', lpd_opted_out(opted_out_ai_training, t)),
              ('microsoft-ads', lpd_opted_out(opted_out_microsoft_ads, t)),
              ('microsoft-ai-training', lpd_opted_out(opted_out_microsoft_ai_training, t))] AS asked
),
-- The provision in force for each member and purpose (the latest to start by then, if it has not ended); a
-- member with an error has none. The age that matters is the provision's minimum age, or 18 where it states
-- none.
provisioned AS (
  SELECT a.member_id AS member_id, a.purpose AS purpose, a.region AS region, a.time_zone AS time_zone,
         a.zone_id AS zone_id, a.error AS error, a.birth_date AS birth_date, a.t AS t,
         if(in_force, tl.effective_from, NULL) AS effective_from,
         if(in_force, tl.status, NULL) AS provision_status,
         if(in_force, tl.minimum_age, NULL) AS minimum_age,
         ifNull(if(in_force, tl.minimum_age, NULL), 18) AS age,
         a.opted_out AS opted_out, a.alt1_key AS alt1_key, a.alt2_key AS alt2_key,
         a.error IS NULL AND tl.timeline_key = a.timeline_key AND a.t < tl.to_ms AS in_force
  FROM asks a
  ASOF LEFT JOIN timelines tl
    ON tl.timeline_key = a.timeline_key AND tl.purpose = a.purpose AND a.t >= tl.from_ms
),
-- For a member of a country with other candidate regions, the provision in force under each of those too.
provisioned_alt1 AS (
  SELECT p.*, p.error IS NULL AND p.alt1_key != 0 AS has_alt1,
         has_alt1 AND t1.timeline_key = p.alt1_key AND p.t < t1.to_ms AS alt1_in_force,
         if(alt1_in_force, t1.status, NULL) AS alt1_status, if(alt1_in_force, t1.minimum_age, NULL) AS alt1_minimum_age
  FROM provisioned p
  ASOF LEFT JOIN timelines t1
    ON t1.timeline_key = p.alt1_key AND t1.purpose = p.purpose AND p.t >= t1.from_ms
),
provisioned_alts AS (
  SELECT p.*, p.error IS NULL AND p.alt2_key != 0 AS has_alt2,
         has_alt2 AND t2.timeline_key = p.alt2_key AND p.t < t2.to_ms AS alt2_in_force,
         if(alt2_in_force, t2.status, NULL) AS alt2_status, if(alt2_in_force, t2.minimum_age, NULL) AS alt2_minimum_age
  FROM provisioned_alt1 p
  ASOF LEFT JOIN timelines t2
    ON t2.timeline_key = p.alt2_key AND t2.purpose = p.purpose AND p.t >= t2.from_ms
),
-- Whether the member is younger than that age, under the region and under each other candidate; the start of
-- the birthday only where it is near.
aged AS (
  SELECT p.member_id AS member_id, p.purpose AS purpose, p.region AS region, p.time_zone AS time_zone,
         p.error AS error, p.effective_from AS effective_from, p.provision_status AS provision_status,
         p.minimum_age AS minimum_age, p.opted_out AS opted_out,
         p.has_alt1 AS has_alt1, p.alt1_status AS alt1_status, p.alt1_minimum_age AS alt1_minimum_age,
         p.has_alt2 AS has_alt2, p.alt2_status AS alt2_status, p.alt2_minimum_age AS alt2_minimum_age,
         if(p.error IS NOT NULL OR p.birth_date IS NULL OR p.provision_status IS NULL, false,
            lpd_is_younger_than(assumeNotNull(p.birth_date), p.age, p.t, b.start_ms)) AS younger,
         if(NOT p.has_alt1 OR p.birth_date IS NULL OR p.alt1_status IS NULL, false,
            lpd_is_younger_than(assumeNotNull(p.birth_date), ifNull(p.alt1_minimum_age, 18), p.t, b1.start_ms)) AS alt1_younger,
         if(NOT p.has_alt2 OR p.birth_date IS NULL OR p.alt2_status IS NULL, false,
            lpd_is_younger_than(assumeNotNull(p.birth_date), ifNull(p.alt2_minimum_age, 18), p.t, b2.start_ms)) AS alt2_younger
  FROM provisioned_alts p
  LEFT JOIN birthday_starts b
    ON b.zone_id = p.zone_id
   AND b.day = if(p.error IS NULL AND p.provision_status IS NOT NULL AND p.birth_date IS NOT NULL,
                  lpd_birthday_near(assumeNotNull(p.birth_date), p.age, p.t), NULL)
  LEFT JOIN birthday_starts b1
    ON b1.zone_id = p.zone_id
   AND b1.day = if(p.has_alt1 AND p.alt1_status IS NOT NULL AND p.birth_date IS NOT NULL,
                   lpd_birthday_near(assumeNotNull(p.birth_date), ifNull(p.alt1_minimum_age, 18), p.t), NULL)
  LEFT JOIN birthday_starts b2
    ON b2.zone_id = p.zone_id
   AND b2.day = if(p.has_alt2 AND p.alt2_status IS NOT NULL AND p.birth_date IS NOT NULL,
                   lpd_birthday_near(assumeNotNull(p.birth_date), ifNull(p.alt2_minimum_age, 18), p.t), NULL)
),
-- The reasons as bits, for the region and each other candidate region (0 where there is none).
decided AS (
  SELECT member_id, purpose, region, time_zone, effective_from, error, has_alt1, has_alt2,
         lpd_reason_bits(provision_status, minimum_age, younger, opted_out) AS bits,
         if(has_alt1, lpd_reason_bits(alt1_status, alt1_minimum_age, alt1_younger, opted_out), 0) AS alt1_bits,
         if(has_alt2, lpd_reason_bits(alt2_status, alt2_minimum_age, alt2_younger, opted_out), 0) AS alt2_bits
  FROM aged
),
-- A member of a country with other candidate regions: where one gives another status than the region's, the
-- answer is not known, with no provision, and keeps the member's own reasons (minor, opted out) that hold under
-- every candidate.
compared AS (
  SELECT *,
         has_alt1 AND (lpd_status_of_bits(alt1_bits) != lpd_status_of_bits(bits)
                       OR (has_alt2 AND lpd_status_of_bits(alt2_bits) != lpd_status_of_bits(bits))) AS disagree
  FROM decided
)
SELECT d.member_id AS member_id, d.purpose AS purpose,
       if(d.error IS NULL, CAST(r.status AS Nullable(String)), NULL) AS status,
       if(d.error IS NULL, r.reasons, []) AS reasons,
       if(d.error IS NULL, CAST(d.region AS Nullable(String)), NULL) AS region,
       if(d.error IS NULL, CAST(d.time_zone AS Nullable(String)), NULL) AS time_zone,
       if(d.error IS NULL AND NOT d.disagree, d.effective_from, NULL) AS provision_effective_from,
       d.error AS error
FROM compared d
-- A member with an error gets no reasons.
LEFT JOIN reason_sets r
  ON r.bits = multiIf(d.error IS NOT NULL, 0,
                      d.disagree, bitOr(4, bitAnd(bitAnd(bitAnd(d.bits, d.alt1_bits), if(d.has_alt2, d.alt2_bits, 63)), 24)),
                      d.bits);
