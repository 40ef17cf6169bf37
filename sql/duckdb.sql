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
-- error code. For the few territories where no source says which region's terms apply, the view carries their
-- candidate regions itself (the generated block below; it belongs to the same data version as the tables).
-- Instants are compared in whole milliseconds, as the library holds them. The session's TimeZone
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

-- Floor division of integers: DuckDB's // truncates toward zero, and instants before 1970 are negative.
CREATE OR REPLACE MACRO lpd_floor_div(a, b) AS (a - ((a % b) + b) % b) // b;

-- The date on which someone born on birth_date turns `years` old: DuckDB's year arithmetic, like the library,
-- puts a 29 February birthday on 28 February in common years.
CREATE OR REPLACE MACRO lpd_anniversary(birth_date, years) AS CAST(birth_date + to_years(years) AS DATE);

-- Ages go by the UTC date first (day number utc_day) and need a zone only within two days of a birthday: a day
-- starts within two days of its UTC midnight in every zone. `years` is the age the member turns in that UTC year
-- and `since` the days since that birthday (negative before it); the age whose birthday is that near, if any,
-- is NULL otherwise. Birthdays lie 365 days or more apart, so at most one is near, and the neighbouring years'
-- birthdays need a look only at the turn of a year.
CREATE OR REPLACE MACRO lpd_near_age(birth_date, years, since, utc_day) AS
  CASE
    WHEN since BETWEEN -2 AND 1 THEN years
    WHEN since >= 363 AND lpd_anniversary(birth_date, years + 1) - DATE '1970-01-01' - utc_day <= 2 THEN years + 1
    WHEN since <= -364 AND utc_day - (lpd_anniversary(birth_date, years - 1) - DATE '1970-01-01') <= 1 THEN years - 1
  END;

-- The greatest age surely reached: a birthday two days or more before the UTC day. One past year 9999 never is.
CREATE OR REPLACE MACRO lpd_age_reached(birth_date, years, since, near_age) AS
  least(CASE WHEN near_age IS NOT NULL THEN near_age - 1 WHEN since >= 2 THEN years ELSE years - 1 END, 9999 - year(birth_date));

-- The start of a day whose window holds one clock change, from the offsets before and after it: the earlier
-- instant showing its 00:00 (wall, in epoch ms of the zone-less time), else the moment the clocks jump over it,
-- as lpd_resolve_wall_ms finds with six zone probes.
CREATE OR REPLACE MACRO lpd_change_day_start_ms(zone, wall, offset_before, offset_after) AS
  coalesce(
    least(CASE WHEN lpd_wall_ms(zone, wall - offset_before) = wall THEN wall - offset_before END,
          CASE WHEN lpd_wall_ms(zone, wall - offset_after) = wall THEN wall - offset_after END),
    lpd_jump_ms(zone, wall, epoch_ms(timezone(zone, make_timestamp(wall * 1000))))
  );

-- The reasons that apply under a provision, as bits in the library's order of precedence (as in reason_sets
-- below): before coverage (no provision) 1, excluded or paused 2, not known 4, under the minimum age 8, opted out
-- 16; `base` holds the first three, the provision's own. Where none applies, a member known to be under 18 under
-- a provision that states no age rule is not known to be subject (4); anyone else is in scope (32). `younger`:
-- younger than the minimum age, or 18 where none.
CREATE OR REPLACE MACRO lpd_reason_bits(base, minimum_age, younger, opted_out) AS
  CASE
    WHEN base <> 0 OR (minimum_age IS NOT NULL AND younger) OR opted_out
    THEN base + CASE WHEN minimum_age IS NOT NULL AND younger THEN 8 ELSE 0 END + CASE WHEN opted_out THEN 16 ELSE 0 END
    WHEN younger THEN 4
    ELSE 32
  END;

-- The status a set of reason bits stands for: the status of its first reason.
CREATE OR REPLACE MACRO lpd_status_of_bits(reason_bits) AS
  CASE WHEN reason_bits IS NULL THEN NULL
       WHEN (reason_bits & 1) = 1 OR ((reason_bits & 2) = 0 AND (reason_bits & 4) = 4) THEN 'unknown'
       WHEN (reason_bits & 26) <> 0 THEN 'not-subject'
       ELSE 'subject' END;

-- The answer for a member of a country with other candidate regions: where one gives another status than the
-- region's, not known, with no provision (64), keeping the member's own reasons (minor, opted out) that hold under
-- every candidate.
CREATE OR REPLACE MACRO lpd_answer_key(bits, alt1_bits, alt2_bits) AS
  CASE WHEN lpd_status_of_bits(alt1_bits) <> lpd_status_of_bits(bits)
            OR coalesce(lpd_status_of_bits(alt2_bits) <> lpd_status_of_bits(bits), false)
       THEN 64 | 4 | (bits & alt1_bits & coalesce(alt2_bits, 63) & 24)
       ELSE bits END;

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
-- The CTEs read more than once are MATERIALIZED: DuckDB 1.3 would otherwise work each out again for every reference.
-- Every zone the engine knows, by its name in lower case: zone names match in any (ASCII) case, as in the
-- library. ICU's 'Factory' is a placeholder, not a zone; JavaScript runtimes refuse it.
zones AS MATERIALIZED (
  SELECT lower(name) AS zone_key, name AS zone_name, row_number() OVER () AS zone_id
  FROM pg_timezone_names() WHERE name <> 'Factory'
),
-- Regions numbered, so that a member's zone and regions make one integer key into the timelines.
regions AS MATERIALIZED (
  SELECT region, row_number() OVER (ORDER BY region) AS region_id FROM (SELECT DISTINCT region FROM lpd_countries)
),
-- Each country with its region, its default zone and its candidate regions: its own and any others (NULL where
-- there are none), as one number, set_key.
countries AS MATERIALIZED (
  SELECT c.*, c.region_id + 1024 * coalesce(c.alt1_region_id, 0) + 1048576 * coalesce(c.alt2_region_id, 0) AS set_key
  FROM (
    SELECT c.country, c.region, c.default_time_zone, dz.zone_id AS default_zone_id, r.region_id,
           a1.region_id AS alt1_region_id, a2.region_id AS alt2_region_id
    FROM lpd_countries c JOIN regions r ON r.region = c.region
    -- Most members take their country's zone: looked up once per country, not once per member.
    LEFT JOIN zones dz ON dz.zone_key = lower(c.default_time_zone)
    LEFT JOIN (SELECT a.country, r.region_id FROM territory_alternatives a JOIN regions r ON r.region = a.region WHERE a.slot = 1) a1
      ON a1.country = c.country
    LEFT JOIN (SELECT a.country, r.region_id FROM territory_alternatives a JOIN regions r ON r.region = a.region WHERE a.slot = 2) a2
      ON a2.country = c.country
  ) c
),
-- Each set of candidate regions, one row per candidate: slot 0 the country's own region, 1 and 2 the others.
candidates AS MATERIALIZED (
  SELECT DISTINCT set_key, 0 AS slot, region_id FROM countries
  UNION SELECT DISTINCT set_key, 1, alt1_region_id FROM countries WHERE alt1_region_id IS NOT NULL
  UNION SELECT DISTINCT set_key, 2, alt2_region_id FROM countries WHERE alt2_region_id IS NOT NULL
),
-- The purposes, numbered as the opt-out columns of lpd_members are taken below.
purposes AS (
  SELECT * FROM (VALUES (1, 'ai-training'), (2, 'microsoft-ads'), (3, 'microsoft-ai-training')) AS p(purpose_id, purpose)
),
-- The provisions as day numbers [from_day, to_day), with the time before coverage as a row of its own (base 1);
-- `base` holds the reasons the provision itself gives (lpd_reason_bits). -2147483648 and 2147483647 stand for
-- no end.
provisions AS MATERIALIZED (
  SELECT r.region_id, q.purpose_id, CAST(p.effective_from AS DATE) AS effective_from,
         CASE p.status WHEN 'not-subject' THEN 2 WHEN 'unknown' THEN 4 ELSE 0 END AS base,
         CAST(p.minimum_age AS INTEGER) AS minimum_age,
         CAST(p.effective_from AS DATE) - DATE '1970-01-01' AS from_day,
         coalesce(CAST(p.effective_to AS DATE) - DATE '1970-01-01', 2147483647) AS to_day
  FROM lpd_provisions p JOIN regions r ON r.region = p.region JOIN purposes q ON q.purpose = p.purpose
  UNION ALL
  SELECT r.region_id, q.purpose_id, NULL, 1, NULL, -2147483648, min(CAST(p.effective_from AS DATE)) - DATE '1970-01-01'
  FROM lpd_provisions p JOIN regions r ON r.region = p.region JOIN purposes q ON q.purpose = p.purpose
  GROUP BY r.region_id, q.purpose_id
),
-- Each set of candidate regions cut at every date where a provision of any of them changes, for every purpose
-- at once. Days start in the same order in every zone, so the pieces are the same in all of them: only their
-- instants differ (placements below).
pieces AS (
  SELECT set_key, from_day, lead(from_day, 1, 2147483647) OVER (PARTITION BY set_key ORDER BY from_day) AS to_day
  FROM (
    SELECT c.set_key, p.from_day FROM candidates c JOIN provisions p ON p.region_id = c.region_id
    UNION SELECT c.set_key, p.to_day FROM candidates c JOIN provisions p ON p.region_id = c.region_id
    UNION SELECT set_key, -2147483648 FROM candidates
  )
  WHERE from_day < 2147483647
),
-- What each piece holds for each purpose: under each candidate region, the provision's reasons, minimum age
-- and, for the country's own region, effective date (no provision: base 1).
holdings AS (
  SELECT g.set_key, g.from_day, g.to_day, q.purpose_id,
         max(CASE WHEN c.slot = 0 THEN coalesce(p.base, 1) END) AS base_0,
         max(CASE WHEN c.slot = 0 THEN p.minimum_age END) AS minimum_age_0,
         max(CASE WHEN c.slot = 0 THEN p.effective_from END) AS effective_from,
         max(CASE WHEN c.slot = 1 THEN coalesce(p.base, 1) END) AS base_1,
         max(CASE WHEN c.slot = 1 THEN p.minimum_age END) AS minimum_age_1,
         max(CASE WHEN c.slot = 2 THEN coalesce(p.base, 1) END) AS base_2,
         max(CASE WHEN c.slot = 2 THEN p.minimum_age END) AS minimum_age_2
  FROM pieces g JOIN candidates c ON c.set_key = g.set_key CROSS JOIN purposes q
  LEFT JOIN provisions p
    ON p.region_id = c.region_id AND p.purpose_id = q.purpose_id AND p.from_day <= g.from_day AND g.from_day < p.to_day
  GROUP BY g.set_key, g.from_day, g.to_day, q.purpose_id
),
-- The distinct things a piece can hold for a purpose, numbered (kind): a member's answer follows from one of them,
-- the member's age and whether they opted out (answer_sets).
kinds AS MATERIALIZED (
  SELECT *, dense_rank() OVER (ORDER BY base_0, minimum_age_0, effective_from, base_1, minimum_age_1, base_2, minimum_age_2) AS kind
  FROM holdings
),
-- The ages that matter: each provision's minimum age, and 18, the age that counts where a provision states none.
ages AS MATERIALIZED (
  SELECT coalesce(CAST(minimum_age AS INTEGER), 18) AS age FROM lpd_provisions UNION SELECT 18
),
-- The ages that matter as a span: a member's age counts only as far as it decides which of them they have
-- reached, from the youngest less one to the oldest.
age_span AS MATERIALIZED (
  SELECT min(age) AS youngest, max(age) AS oldest, max(age) - min(age) + 2 AS classes FROM ages
),
-- Each member's moment asked about (t, epoch ms) and age facts (lpd_near_age, lpd_age_reached), from lpd_members
-- alone, where the birth date and moment are valid: read twice below (the birthdays, the answers), each time
-- from the table, which costs less than storing a million rows. A birthday lies 365 to 366 days a year after the
-- birth date, so cheap bounds settle the ages that matter for nearly everyone; only the rest need the calendar.
member_days AS NOT MATERIALIZED (
  SELECT *,
         CASE WHEN utc_day IS NOT NULL THEN lpd_age_reached(birth_date, years, since, near_age)
              WHEN early THEN youngest - 1 WHEN late THEN oldest END AS reached,
         CASE WHEN near_age <= 9999 - year(birth_date) THEN lpd_anniversary(birth_date, near_age) END AS near_birthday
  FROM (
    SELECT *, lpd_near_age(birth_date, years, since, utc_day) AS near_age
    FROM (
      SELECT *, utc_day - (lpd_anniversary(birth_date, years) - DATE '1970-01-01') AS since
      FROM (
        SELECT *, year(DATE '1970-01-01' + CAST(utc_day AS INTEGER)) - year(birth_date) AS years
        FROM (
          SELECT *, CASE WHEN valid AND NOT early AND NOT late THEN lpd_floor_div(t, 86400000) END AS utc_day
          FROM (
            -- A birthday past year 9999 is never reached: those born too late to have one at the oldest age are not `late`.
            SELECT *, valid AND t < (birth_day + youngest * 365 - 2) * 86400000 AS early,
                   valid AND t >= (birth_day + oldest * 366 + 2) * 86400000 AND birth_date < make_date(10000 - oldest, 1, 1) AS late
            FROM (
              SELECT m.*, s.youngest, s.oldest, s.classes, lpd_epoch_ms(m.asked_at) AS t, m.birth_date - DATE '1970-01-01' AS birth_day,
                     m.birth_date BETWEEN DATE '0001-01-01' AND DATE '9999-12-31' AND lpd_is_valid_instant(m.asked_at) AS valid
              FROM lpd_members m, age_span s
            )
          )
        )
      )
    )
  )
),
-- Each member with the checks the library makes (error), the zone (zone_id), the candidate regions (set_key) and
-- the opt-outs by then (bits 1, 2, 4, by purpose).
members AS (
  SELECT
    m.member_id,
    m.t,
    m.reached,
    m.near_birthday,
    m.youngest,
    m.oldest,
    m.classes,
    -- The first microsecond after the millisecond asked about: opted out at or before it means before this.
    CASE WHEN m.opted_out_ai_training < make_timestamptz((m.t + 1) * 1000) THEN 1 ELSE 0 END
      + CASE WHEN m.opted_out_microsoft_ads < make_timestamptz((m.t + 1) * 1000) THEN 2 ELSE 0 END
      + CASE WHEN m.opted_out_microsoft_ai_training < make_timestamptz((m.t + 1) * 1000) THEN 4 ELSE 0 END AS opt_outs,
    c.region_id,
    coalesce(m.time_zone, c.default_time_zone) AS time_zone,
    CASE WHEN m.time_zone IS NULL THEN c.default_zone_id ELSE z.zone_id END AS zone_id,
    c.set_key,
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
        WHEN m.time_zone IS NULL THEN CASE WHEN c.default_zone_id IS NULL THEN 'INVALID_TIME_ZONE' END
        WHEN z.zone_name IS NULL THEN 'INVALID_TIME_ZONE'
        WHEN m.time_zone = z.zone_name THEN NULL
        WHEN upper(m.time_zone) <> upper(z.zone_name) THEN 'INVALID_TIME_ZONE'
      END,
      CASE WHEN NOT coalesce(m.birth_date BETWEEN DATE '0001-01-01' AND DATE '9999-12-31', true) THEN 'INVALID_BIRTH_DATE' END,
      -- An opt-out outside lpd_is_valid_instant's range, '-infinity' (opted out before any date) aside; the latest
      -- of the three settles the upper bound for all of them at once.
      CASE
        WHEN greatest(m.opted_out_ai_training, m.opted_out_microsoft_ads, m.opted_out_microsoft_ai_training) > make_timestamptz(8640000000000000999)
          OR (m.opted_out_ai_training < make_timestamptz(-8640000000000000000) AND m.opted_out_ai_training <> '-infinity')
          OR (m.opted_out_microsoft_ads < make_timestamptz(-8640000000000000000) AND m.opted_out_microsoft_ads <> '-infinity')
          OR (m.opted_out_microsoft_ai_training < make_timestamptz(-8640000000000000000) AND m.opted_out_microsoft_ai_training <> '-infinity')
        THEN 'INVALID_DATE'
      END,
      CASE WHEN NOT lpd_is_valid_instant(m.asked_at) THEN 'INVALID_DATE' END
    ) AS error
  FROM member_days m
  LEFT JOIN countries c ON c.country = upper(m.country)
  -- Only a zone given is looked up here; the country's was looked up once per country above.
  LEFT JOIN zones z ON z.zone_key = lower(m.time_zone)
),
-- The birthdays near the moment asked about whose age is one that matters, once per zone and date.
birthdays AS MATERIALIZED (
  SELECT DISTINCT CASE WHEN m.time_zone IS NULL THEN c.default_zone_id ELSE z.zone_id END AS zone_id, m.near_birthday AS day
  FROM member_days m
  JOIN countries c ON c.country = upper(m.country)
  LEFT JOIN zones z ON z.zone_key = lower(m.time_zone)
  -- The first two tests come first so that the scan drops members without a birth date and the calendar work runs
  -- only for the few the cheap bounds leave.
  WHERE m.birth_date IS NOT NULL AND m.utc_day IS NOT NULL AND m.near_birthday IS NOT NULL AND m.near_age IN (SELECT age FROM ages)
),
-- The days whose start matters in a zone: every effective date in every zone (asking all zones costs less than
-- reading the members once more to find theirs), and the birthdays above.
days AS (
  SELECT z.zone_id, z.zone_name, d.day
  FROM zones z,
       (SELECT CAST(effective_from AS DATE) AS day FROM lpd_provisions
        UNION SELECT CAST(effective_to AS DATE) FROM lpd_provisions WHERE effective_to IS NOT NULL) AS d
  UNION
  SELECT b.zone_id, z.zone_name, b.day FROM birthdays b JOIN zones z ON z.zone_id = b.zone_id
),
-- Each day with the first and last of the four-day blocks whose 00:00 UTC brackets the two days either side of it,
-- which hold every instant the library's rule looks at for that day's start.
windows AS (
  SELECT zone_id, zone_name, day, lpd_floor_div((day - DATE '1970-01-01') - 2, 4) AS first_block,
         lpd_floor_div((day - DATE '1970-01-01') + 5, 4) AS last_block
  FROM days
),
-- Each zone's offset from UTC at 00:00 UTC of those blocks, with the next two blocks': asking a zone costs
-- microseconds when it changes from row to row, so it is asked per zone and four days, not per day. Four, not
-- more: a zone's offset can change and change back within a week (Brazil in October 2000; the suspensions of summer
-- time the tz database predicts for Gaza and Hebron), and samples four days apart cannot step over a week.
offsets AS (
  SELECT zone_id, block, offset_ms,
         lead(offset_ms, 1) OVER w AS offset_1_ms, lead(offset_ms, 2) OVER w AS offset_2_ms
  FROM (
    SELECT zone_id, block, lpd_wall_ms(zone_name, block * 345600000) - block * 345600000 AS offset_ms
    FROM (SELECT DISTINCT zone_id, zone_name, unnest(range(first_block, last_block + 1)) AS block FROM windows)
  )
  WINDOW w AS (PARTITION BY zone_id ORDER BY block)
),
-- When each of those days starts in its zone: where the offset holds over the blocks around it, no clock changes
-- near its midnight, which starts at its UTC midnight less the offset; where it changes once, the two offsets
-- give the candidates (lpd_change_day_start_ms); anything else takes the library's rule in full.
day_starts AS MATERIALIZED (
  SELECT w.zone_id, w.day,
         CASE WHEN current_setting('Calendar') <> 'gregorian'
              THEN error('lpd_member_decisions reads local times in the Gregorian calendar: SET Calendar = ''gregorian''')
              WHEN o.offset_ms = o.offset_1_ms AND (w.last_block = w.first_block + 1 OR o.offset_1_ms = o.offset_2_ms)
              THEN epoch_ms(w.day) - o.offset_ms
              WHEN w.last_block = w.first_block + 1
              THEN lpd_change_day_start_ms(w.zone_name, epoch_ms(w.day), o.offset_ms, o.offset_1_ms)
              WHEN o.offset_ms <> o.offset_2_ms AND o.offset_1_ms IN (o.offset_ms, o.offset_2_ms)
              THEN lpd_change_day_start_ms(w.zone_name, epoch_ms(w.day), o.offset_ms, o.offset_2_ms)
              ELSE lpd_day_start_ms(w.zone_name, w.day)
         END AS start_ms
  FROM windows w JOIN offsets o ON o.zone_id = w.zone_id AND o.block = w.first_block
),
-- The starts of the birthdays alone.
birthday_starts AS (
  SELECT s.zone_id, s.day, s.start_ms FROM day_starts s JOIN birthdays b ON b.zone_id = s.zone_id AND b.day = s.day
),
-- The reasons as bits in the library's order of precedence, with the list and the status each set stands for:
-- a decision lists every reason that applies, and its status follows the first. Bit 64 (no provision) names none.
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
    FROM range(1, 128) AS bit_sets(bits)
  )
),
-- Every answer for one purpose: what a piece holds for it (kind), the age reached (years, from the youngest age
-- that matters less one) and whether the member opted out of it. A member of a country with other candidate
-- regions is answered under each (lpd_answer_key).
answer_sets AS MATERIALIZED (
  SELECT a.kind, a.years, a.opted_out, r.status, r.reasons, CASE WHEN a.bits < 64 THEN a.effective_from END AS provision_effective_from
  FROM (
    SELECT *, CASE WHEN base_1 IS NULL THEN bits_0 ELSE lpd_answer_key(bits_0, bits_1, bits_2) END AS bits
    FROM (
      SELECT k.kind, k.effective_from, k.base_1, y.years, y.youngest, y.classes, o.opted_out,
             lpd_reason_bits(k.base_0, k.minimum_age_0, k.base_0 <> 1 AND coalesce(k.minimum_age_0, 18) > y.years, o.opted_out) AS bits_0,
             CASE WHEN k.base_1 IS NOT NULL
                  THEN lpd_reason_bits(k.base_1, k.minimum_age_1, k.base_1 <> 1 AND coalesce(k.minimum_age_1, 18) > y.years, o.opted_out) END AS bits_1,
             CASE WHEN k.base_2 IS NOT NULL
                  THEN lpd_reason_bits(k.base_2, k.minimum_age_2, k.base_2 <> 1 AND coalesce(k.minimum_age_2, 18) > y.years, o.opted_out) END AS bits_2
      FROM (SELECT DISTINCT kind, base_0, minimum_age_0, effective_from, base_1, minimum_age_1, base_2, minimum_age_2 FROM kinds) k,
           (SELECT youngest, classes, unnest(range(youngest - 1, oldest + 1)) AS years FROM age_span) y,
           (VALUES (false), (true)) AS o(opted_out)
    )
  ) a
  JOIN reason_sets r ON r.bits = a.bits
),
-- The pieces of each set of candidate regions, with what they hold for each purpose, and the distinct
-- combinations of the three numbered (holds).
set_pieces AS MATERIALIZED (
  SELECT *, dense_rank() OVER (ORDER BY kind_1, kind_2, kind_3) AS holds
  FROM (
    SELECT set_key, from_day, to_day, max(CASE purpose_id WHEN 1 THEN kind END) AS kind_1,
           max(CASE purpose_id WHEN 2 THEN kind END) AS kind_2, max(CASE purpose_id WHEN 3 THEN kind END) AS kind_3
    FROM kinds GROUP BY set_key, from_day, to_day
  )
),
-- The three purposes' answers for every member there can be, by answer key: what the piece holds (holds), the age
-- reached, the three opt-outs (bits 1, 2, 4) and the region. One lookup per member answers all three purposes.
answers_by_key AS (
  SELECT ((h.holds * y.classes + (y.years - y.youngest + 1)) * 8 + o.opt_outs) * 1024 + g.region_id AS answer_key, g.region,
         [a1.status, a2.status, a3.status] AS statuses, [a1.reasons, a2.reasons, a3.reasons] AS reason_lists,
         [a1.provision_effective_from, a2.provision_effective_from, a3.provision_effective_from] AS provisions
  FROM (SELECT DISTINCT holds, kind_1, kind_2, kind_3 FROM set_pieces) h
  CROSS JOIN (SELECT youngest, classes, unnest(range(youngest - 1, oldest + 1)) AS years FROM age_span) y
  CROSS JOIN range(8) AS o(opt_outs)
  CROSS JOIN regions g
  JOIN answer_sets a1 ON a1.kind = h.kind_1 AND a1.years = y.years AND a1.opted_out = ((o.opt_outs & 1) = 1)
  JOIN answer_sets a2 ON a2.kind = h.kind_2 AND a2.years = y.years AND a2.opted_out = ((o.opt_outs & 2) = 2)
  JOIN answer_sets a3 ON a3.kind = h.kind_3 AND a3.years = y.years AND a3.opted_out = ((o.opt_outs & 4) = 4)
),
-- Each zone's pieces as instants [from_ms, to_ms), with what they hold for each purpose (kind).
placements AS (
  SELECT z.zone_id * 1073741824 + g.set_key AS placement_key,
         coalesce(s.start_ms, -9223372036854775808) AS from_ms, coalesce(e.start_ms, 9223372036854775807) AS to_ms,
         g.holds
  FROM set_pieces g
  CROSS JOIN zones z
  LEFT JOIN day_starts s
    ON s.zone_id = z.zone_id AND s.day = CASE WHEN g.from_day > -2147483648 THEN DATE '1970-01-01' + CAST(g.from_day AS INTEGER) END
  LEFT JOIN day_starts e
    ON e.zone_id = z.zone_id AND e.day = CASE WHEN g.to_day < 2147483647 THEN DATE '1970-01-01' + CAST(g.to_day AS INTEGER) END
),
-- The three tables the members are looked up in, each packed into one list and unpacked: the planner then takes
-- them as small, as they are, and looks the members up in them rather than the other way round.
small_placements AS (SELECT unnest(r) FROM (SELECT unnest(list(t)) AS r FROM placements t)),
small_birthday_starts AS (SELECT unnest(r) FROM (SELECT unnest(list(t)) AS r FROM birthday_starts t)),
small_answers_by_key AS (SELECT unnest(r) FROM (SELECT unnest(list(t)) AS r FROM answers_by_key t)),
-- Each member's answer key (answers_by_key): what the piece in force holds, the age reached in the member's zone
-- (one more than lpd_age_reached once the near birthday has started there; 18 or older without a birth date), the
-- opt-outs and the region. A member with an error has none.
keyed AS (
  SELECT member_id, CASE WHEN error IS NULL THEN time_zone END AS time_zone, error,
         CASE WHEN error IS NULL THEN ((holds * classes + years - youngest + 1) * 8 + opt_outs) * 1024 + region_id END AS answer_key
  FROM (
    SELECT m.*, p.holds,
           CASE WHEN m.reached IS NULL THEN m.oldest
                ELSE least(greatest(m.reached + CASE WHEN m.t >= b.start_ms THEN 1 ELSE 0 END, m.youngest - 1), m.oldest) END AS years
    FROM members m
    LEFT JOIN small_placements p
      ON p.placement_key = CASE WHEN m.error IS NULL THEN m.zone_id * 1073741824 + m.set_key END
     AND m.t >= p.from_ms AND m.t < p.to_ms
    LEFT JOIN small_birthday_starts b ON b.zone_id = m.zone_id AND b.day = m.near_birthday
  )
)
-- One row per member and purpose.
SELECT k.member_id, unnest(['ai-training', 'microsoft-ads', 'microsoft-ai-training']) AS purpose, unnest(a.statuses) AS status,
       unnest(a.reason_lists) AS reasons, a.region, k.time_zone, unnest(a.provisions) AS provision_effective_from, k.error
FROM keyed k
LEFT JOIN small_answers_by_key a ON a.answer_key = k.answer_key;
