-- linkedin-policy-data: LinkedIn's data-use policy as a DuckDB view (DuckDB 1.3 or newer, with its bundled ICU).
--
-- Before running this file, load the package's two tables and provide your members:
--   lpd_countries  from tables/countries.csv   (country, region, default_time_zone)
--   lpd_provisions from tables/provisions.csv  (purpose, region, effective_from, effective_to, status,
--                                               minimum_age, lawful_basis)
--   lpd_members(member_id, country, asked_at TIMESTAMPTZ, birth_date DATE, time_zone VARCHAR,
--               opted_out_ai_training TIMESTAMPTZ, opted_out_microsoft_ads TIMESTAMPTZ,
--               opted_out_microsoft_ai_training TIMESTAMPTZ)
--     a table or a view; NULL means not given (or not opted out), '-infinity' opted out before any date.
-- It creates the view lpd_member_decisions(member_id, purpose, status, reasons, region, time_zone,
-- provision_effective_from, error) and the lpd_* macros below, nothing else. Each row equals the library's
-- decide(purpose, member, asked_at); a member the library would reject gets status NULL and the library's
-- error code. Instants are compared in whole milliseconds, as the library holds them. The session's TimeZone
-- setting makes no difference; its Calendar must be DuckDB's default, 'gregorian' (ICU reads local times in it),
-- and the view raises an error rather than answer in another.

-- Epoch milliseconds of an instant, rounded down, as a JavaScript Date holds it.
CREATE OR REPLACE MACRO lpd_epoch_ms(instant) AS
  (epoch_us(instant) - ((epoch_us(instant) % 1000) + 1000) % 1000) // 1000;

-- Whether an instant is one the library accepts: finite, and its milliseconds inside ECMAScript's time range
-- (±8.64e15 ms). NULL and the infinities are not.
CREATE OR REPLACE MACRO lpd_is_valid_instant(instant) AS
  coalesce(instant BETWEEN make_timestamptz(-8640000000000000000) AND make_timestamptz(8640000000000000999), false);

-- The wall time an instant (epoch ms) shows in a zone, as epoch ms of that zone-less wall time.
CREATE OR REPLACE MACRO lpd_wall_ms(zone, ms) AS epoch_ms(timezone(zone, make_timestamptz(ms * 1000)));

-- The zone's offset from UTC at an instant, in ms.
CREATE OR REPLACE MACRO lpd_offset_ms(zone, ms) AS list_transform([ms], lambda instant: lpd_wall_ms(zone, instant) - instant)[1];

-- Where clocks spring forward over a wall time: the moment they jump, i.e. the first instant whose wall
-- time is past it, found by halving the 52 hours around ICU's reading (28 halvings reach one millisecond).
CREATE OR REPLACE MACRO lpd_jump_ms(zone, wall, guess) AS
  list_reduce(
    list_transform(range(28), lambda step: [step]),
    lambda bounds, step: CASE
      WHEN bounds[2] - bounds[1] <= 1 THEN bounds
      WHEN lpd_wall_ms(zone, (bounds[1] + bounds[2]) // 2) > wall THEN [bounds[1], (bounds[1] + bounds[2]) // 2]
      ELSE [(bounds[1] + bounds[2]) // 2, bounds[2]]
    END,
    [guess - 93600000, guess + 93600000]
  )[2];

-- The instant of a wall time (epoch ms of a zone-less timestamp) in a zone, by the library's rule: the
-- earliest instant showing it where clocks fall back and show it twice, and the moment the clocks jump
-- where they spring forward over it. ICU's own reading (timezone(zone, timestamp)), the guess, takes the later
-- instant of a repeated wall time, so the instants showing it under the offsets in force 26 hours either side
-- of the guess and at the guess are tried instead, as the library does. (Lambdas bind each value once: a macro
-- argument used twice would be computed twice.)
CREATE OR REPLACE MACRO lpd_resolve_wall_ms(zone, wall, guess) AS
  coalesce(
    list_min(list_filter(
      list_transform([guess - 93600000, guess, guess + 93600000], lambda probe: wall - lpd_offset_ms(zone, probe)),
      lambda candidate: lpd_wall_ms(zone, candidate) = wall
    )),
    lpd_jump_ms(zone, wall, guess)
  );

-- The instant (epoch ms) at which a calendar day (a DATE, or a TIMESTAMP at 00:00) starts in a zone.
CREATE OR REPLACE MACRO lpd_day_start_ms(zone, day) AS
  list_transform(
    [CAST(day AS TIMESTAMP)],
    lambda midnight: list_transform(
      [epoch_ms(timezone(zone, midnight))],
      lambda guess: lpd_resolve_wall_ms(zone, epoch_ms(midnight), guess)
    )[1]
  )[1];

-- The birthday on which someone born on birth_date turns age, when instant t (epoch ms) falls within two days of
-- its UTC midnight, and NULL otherwise: a day starts within two days of its UTC midnight in every zone, so only
-- those birthdays need the zone. A 29 February birthday falls on 28 February in common years; one past year
-- 9999 is never reached. Cheap bounds first settle nearly every case: a birthday lies 365 to 366 days a year
-- after the birth date.
CREATE OR REPLACE MACRO lpd_birthday_near(birth_date, age, t) AS
  CASE
    WHEN t < ((birth_date - DATE '1970-01-01') + age * 365 - 2) * 86400000 THEN NULL
    WHEN t >= ((birth_date - DATE '1970-01-01') + age * 366 + 2) * 86400000 THEN NULL
    WHEN year(birth_date) + age > 9999 THEN NULL
    WHEN t >= epoch_ms(birth_date + to_years(age)) - 172800000 AND t < epoch_ms(birth_date + to_years(age)) + 172800000
      THEN CAST(birth_date + to_years(age) AS DATE)
  END;

-- Whether someone born on birth_date is younger than age at instant t (epoch ms): age counts in whole calendar
-- years from the birthday, which starts at birthday_start_ms, its 00:00 in the member's zone (needed only where
-- lpd_birthday_near gives a birthday).
CREATE OR REPLACE MACRO lpd_is_younger_than(birth_date, age, t, birthday_start_ms) AS
  CASE
    WHEN t < ((birth_date - DATE '1970-01-01') + age * 365 - 2) * 86400000 THEN true
    WHEN year(birth_date) + age > 9999 THEN true
    WHEN t >= ((birth_date - DATE '1970-01-01') + age * 366 + 2) * 86400000 THEN false
    WHEN t < epoch_ms(birth_date + to_years(age)) - 172800000 THEN true
    WHEN t >= epoch_ms(birth_date + to_years(age)) + 172800000 THEN false
    ELSE t < birthday_start_ms
  END;

CREATE OR REPLACE VIEW lpd_member_decisions AS
WITH
-- Every zone the engine knows, by its name in lower case: zone names match in any (ASCII) case, as in the
-- library. ICU's 'Factory' is a placeholder, not a zone; JavaScript runtimes refuse it.
zones AS (
  SELECT lower(name) AS zone_key, name AS zone_name, row_number() OVER () AS zone_id
  FROM pg_timezone_names() WHERE name <> 'Factory'
),
-- Regions numbered, so that a member's zone and region make one integer key into the timelines.
regions AS (
  SELECT region, row_number() OVER (ORDER BY region) AS region_id FROM (SELECT DISTINCT region FROM lpd_countries)
),
countries AS (
  SELECT c.country, c.region, c.default_time_zone, r.region_id FROM lpd_countries c JOIN regions r ON r.region = c.region
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
    z.zone_name,
    z.zone_id,
    z.zone_id * 1024 + c.region_id AS timeline_key,
    lpd_epoch_ms(m.asked_at) AS t,
    -- The first microsecond after the millisecond asked about: opted out at or before it means before this.
    make_timestamptz((lpd_epoch_ms(m.asked_at) + 1) * 1000) AS after_t,
    -- The library checks the country, then the zone, the birth date, the opt-outs and the moment asked about.
    -- Codes and zone names match in any ASCII case; the second comparison keeps out letters such as the
    -- dotless i or the Kelvin sign, which change case into ASCII letters. Each check is a CASE of its own,
    -- so that its costlier tests run only for the rows that need them.
    coalesce(
      CASE
        WHEN c.country IS NULL THEN 'INVALID_COUNTRY'
        WHEN m.country = c.country THEN NULL
        WHEN lower(m.country) <> lower(c.country) THEN 'INVALID_COUNTRY'
      END,
      CASE
        WHEN z.zone_name IS NULL THEN 'INVALID_TIME_ZONE'
        WHEN m.time_zone IS NULL OR m.time_zone = z.zone_name THEN NULL
        WHEN upper(m.time_zone) <> upper(z.zone_name) THEN 'INVALID_TIME_ZONE'
      END,
      CASE WHEN NOT coalesce(m.birth_date BETWEEN DATE '0001-01-01' AND DATE '9999-12-31', true) THEN 'INVALID_BIRTH_DATE' END,
      CASE
        WHEN NOT (
          (m.opted_out_ai_training IS NULL OR m.opted_out_ai_training = '-infinity' OR lpd_is_valid_instant(m.opted_out_ai_training))
          AND (m.opted_out_microsoft_ads IS NULL OR m.opted_out_microsoft_ads = '-infinity' OR lpd_is_valid_instant(m.opted_out_microsoft_ads))
          AND (m.opted_out_microsoft_ai_training IS NULL OR m.opted_out_microsoft_ai_training = '-infinity'
               OR lpd_is_valid_instant(m.opted_out_microsoft_ai_training))
        ) THEN 'INVALID_DATE'
      END,
      CASE WHEN NOT lpd_is_valid_instant(m.asked_at) THEN 'INVALID_DATE' END
    ) AS error
  FROM lpd_members m
  LEFT JOIN countries c ON c.country = upper(m.country)
  LEFT JOIN zones z ON z.zone_key = lower(coalesce(m.time_zone, c.default_time_zone))
),
-- When each effective date starts in each zone asked about: computed once per zone and date, not per member.
-- The zones come straight from lpd_members, so that the members above are read once, by asks below.
day_starts AS MATERIALIZED (
  SELECT zone.zone_id, zone.zone_name, day.day,
         CASE WHEN current_setting('Calendar') = 'gregorian' THEN lpd_day_start_ms(zone.zone_name, day.day)
              ELSE error('lpd_member_decisions reads local times in the Gregorian calendar: SET Calendar = ''gregorian''')
         END AS start_ms
  FROM (SELECT zone_id, zone_name FROM zones
        WHERE zone_key IN (SELECT lower(coalesce(m.time_zone, c.default_time_zone))
                           FROM lpd_members m LEFT JOIN countries c ON c.country = upper(m.country))) AS zone,
       (SELECT CAST(effective_from AS DATE) AS day FROM lpd_provisions
        UNION SELECT CAST(effective_to AS DATE) FROM lpd_provisions WHERE effective_to IS NOT NULL) AS day
),
-- The birthdays that matter: those within two days of the moment asked about (lpd_birthday_near), once per
-- zone and date.
birthdays AS (
  SELECT DISTINCT z.zone_id, z.zone_name, lpd_birthday_near(m.birth_date, a.age, lpd_epoch_ms(m.asked_at)) AS day
  FROM lpd_members m
  JOIN countries c ON c.country = upper(m.country)
  JOIN zones z ON z.zone_key = lower(coalesce(m.time_zone, c.default_time_zone)),
  (SELECT DISTINCT coalesce(CAST(minimum_age AS INTEGER), 18) AS age FROM lpd_provisions) a
  WHERE m.birth_date BETWEEN DATE '0001-01-01' AND DATE '9999-12-31' AND lpd_is_valid_instant(m.asked_at)
    AND lpd_birthday_near(m.birth_date, a.age, lpd_epoch_ms(m.asked_at)) IS NOT NULL
),
-- Each zone's offset from UTC every fourth day (at 00:00 UTC of days numbered by multiples of four), around
-- those birthdays: asking a zone is the costly step, so it is asked per zone and four days, not per birthday.
offsets AS (
  SELECT zone_id, block,
         epoch_ms(timezone(zone_name, make_timestamptz(block * 345600000000))) - block * 345600000 AS offset_ms
  FROM (SELECT DISTINCT zone_id, zone_name, (day - DATE '1970-01-01') // 4 + around AS block
        FROM birthdays, (VALUES (-1), (0), (1), (2)) AS arounds(around))
),
-- Whether the offset stays the same over the four samples around each block (twelve to sixteen days).
steady AS (
  SELECT zone_id, block,
         min(offset_ms) OVER w AS low_ms, max(offset_ms) OVER w AS high_ms
  FROM offsets
  WINDOW w AS (PARTITION BY zone_id ORDER BY block RANGE BETWEEN 1 PRECEDING AND 2 FOLLOWING)
),
-- When each of those birthdays starts in the zone: where the offset holds over the days around it, no clock
-- changes near its midnight, which starts at its UTC midnight less the offset; elsewhere lpd_day_start_ms
-- applies the library's rule.
birthday_starts AS (
  SELECT b.zone_id, b.day,
         CASE WHEN s.low_ms = s.high_ms THEN epoch_ms(b.day) - s.low_ms ELSE lpd_day_start_ms(b.zone_name, b.day) END
           AS start_ms
  FROM birthdays b
  JOIN steady s ON s.zone_id = b.zone_id AND s.block = (b.day - DATE '1970-01-01') // 4
),
-- Each zone's timelines as instants [from_ms, to_ms), with the time before coverage as a row of its own.
timelines AS MATERIALIZED (
  SELECT s.zone_id * 1024 + r.region_id AS timeline_key, p.purpose, CAST(p.effective_from AS DATE) AS effective_from,
         p.status, CAST(p.minimum_age AS INTEGER) AS minimum_age,
         s.start_ms AS from_ms, coalesce(e.start_ms, 9223372036854775807) AS to_ms
  FROM lpd_provisions p
  JOIN regions r ON r.region = p.region
  JOIN day_starts s ON s.day = CAST(p.effective_from AS DATE)
  LEFT JOIN day_starts e ON e.zone_id = s.zone_id AND e.day = CAST(p.effective_to AS DATE)
  UNION ALL
  SELECT s.zone_id * 1024 + r.region_id, f.purpose, NULL, NULL, NULL, -9223372036854775808, s.start_ms
  FROM (SELECT purpose, region, min(CAST(effective_from AS DATE)) AS first_day FROM lpd_provisions GROUP BY purpose, region) f
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
    SELECT bits, list_filter(['before-coverage', 'region-not-in-scope', 'not-known', 'minor', 'opted-out', 'in-scope'],
                             lambda reason, i: (bits >> (i - 1)) & 1 = 1) AS reasons
    FROM range(1, 64) AS bit_sets(bits)
  )
),
-- One row per member and purpose, with whether the member had opted out of that purpose by then (from the
-- column named after it).
asks AS (
  SELECT member_id, birth_date, region, time_zone, zone_id, timeline_key, t, error,
         unnest(['ai-training', 'microsoft-ads', 'microsoft-ai-training']) AS purpose,
         unnest([opted_out_ai_training < after_t, opted_out_microsoft_ads < after_t, opted_out_microsoft_ai_training < after_t])
           AS opted_out
  FROM members
),
-- The provision in force for each member and purpose; a member with an error has none. The age that matters
-- is the provision's minimum age, or 18 where it states none.
provisioned AS (
  SELECT a.member_id, a.purpose, a.region, a.time_zone, a.zone_id, a.error, a.birth_date, a.t, tl.effective_from,
         tl.status AS provision_status, tl.minimum_age, coalesce(tl.minimum_age, 18) AS age, a.opted_out
  FROM asks a
  LEFT JOIN timelines tl
    ON tl.timeline_key = a.timeline_key AND tl.purpose = a.purpose
   AND a.t >= tl.from_ms AND a.t < tl.to_ms
),
-- Whether the member is younger than that age; the start of the birthday only where it is near.
aged AS (
  SELECT p.member_id, p.purpose, p.region, p.time_zone, p.error, p.effective_from, p.provision_status, p.minimum_age,
         p.opted_out,
         CASE WHEN p.error IS NOT NULL OR p.birth_date IS NULL OR p.provision_status IS NULL THEN false
              ELSE lpd_is_younger_than(p.birth_date, p.age, p.t, b.start_ms) END AS younger
  FROM provisioned p
  LEFT JOIN birthday_starts b
    ON b.zone_id = p.zone_id
   AND b.day = CASE WHEN p.error IS NULL AND p.provision_status IS NOT NULL THEN lpd_birthday_near(p.birth_date, p.age, p.t) END
),
decided AS (
  SELECT member_id, purpose, region, time_zone, effective_from, error, younger,
         CASE WHEN provision_status IS NULL THEN 1 WHEN provision_status = 'not-subject' THEN 2
              WHEN provision_status = 'unknown' THEN 4 ELSE 0 END
         + CASE WHEN minimum_age IS NOT NULL AND younger THEN 8 ELSE 0 END
         + CASE WHEN coalesce(opted_out, false) THEN 16 ELSE 0 END AS bits
  FROM aged
)
SELECT d.member_id, d.purpose, r.status, r.reasons,
       CASE WHEN d.error IS NULL THEN d.region END AS region,
       CASE WHEN d.error IS NULL THEN d.time_zone END AS time_zone,
       CASE WHEN d.error IS NULL THEN d.effective_from END AS provision_effective_from, d.error
FROM decided d
-- Where no reason applies, a member known to be under 18 under a provision that states no age rule is not
-- known to be subject; anyone else is in scope. A member with an error gets no reasons.
LEFT JOIN reason_sets r
  ON r.bits = CASE WHEN d.error IS NOT NULL THEN NULL WHEN d.bits <> 0 THEN d.bits WHEN d.younger THEN 4 ELSE 32 END;
