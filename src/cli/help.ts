import { purposeIds } from './render/labels.js';

const PURPOSES = purposeIds.join(', ');

const DATES = `Dates: YYYY-MM-DD (the start of that day in the member's time zone), YYYY-MM-DDTHH:mm[:ss] (that
wall time in the member's zone) or an instant ending in Z or ±HH:MM.`;

const MEMBER = `  -c, --country CODE          the member's country, ISO 3166-1 alpha-2 in any case (required)
      --birth-date YYYY-MM-DD applies the under-18 exclusion; without it the member is taken to be an adult
      --time-zone ZONE        IANA zone the member's dates are read in (default: the country's capital's)
      --opted-out PURPOSE[=DATE]
                              the member opted out of PURPOSE (at DATE; without one, before any date asked
                              about); repeat for several purposes`;

/** Help for each subcommand, keyed by its name, and the global help under `''`. */
export const HELP: Readonly<Record<string, (program: string) => string>> = {
  '': (p) => `${p}: LinkedIn's data-use policy (AI training, sharing with Microsoft) for a member, from a terminal.

Usage:
  ${p}                          a sample query: a member in Germany on 2025-11-04
  ${p} check --country DE [--date 2025-11-04] [--birth-date …] [--opted-out …] [--purpose …] [--json]
  ${p} check --input members.ndjson   (or --input - for stdin) one NDJSON answer per input line
  ${p} timeline --country CA [--purpose ID]
  ${p} exposure --country DE [--opted-out ai-training=2025-12-01] [--from D] [--to D]
  ${p} regions
  ${p} sources [ID]
  ${p} export --format csv|ndjson|parquet|jsonld --out DIR

Commands:
  check      does each purpose apply to this member at this moment, why, and how to opt out
  timeline   the history of each purpose in the country's region
  exposure   when the member's data could be used for AI training
  regions    the policy regions, their data controllers and countries
  sources    the evidence the data cites
  export     the policy and its evidence as tables for a data warehouse, or as DPV JSON-LD

Options:
  -h, --help       help; '${p} COMMAND --help' for a command's options
  -V, --version    the package version and the date the data was last checked

Purposes: ${PURPOSES}.
Exit codes: 0 answered; 1 not answered (bad country, date or other input; a batch with failed lines);
2 the command line is wrong (unknown command or option, missing value). Set NO_COLOR=1 for plain text.
`,
  check: (p) => `Usage:
  ${p} check --country CODE [options]
  ${p} check --input FILE|- [--date D] [--purpose ID]… [--full] [--workers N]

Does each purpose apply to the member at the moment asked about, why, on what lawful basis, for which data,
and how does the member opt out?

One member:
${MEMBER}
  -d, --date DATE             the moment asked about (default: now)
  -p, --purpose ID            only this purpose; repeat or separate with commas (default: all of them)
      --json                  print {"member", "at", "decisions": [Decision, …]} instead of text; each
                              provision lists its claims, each with its quotes and confidence
      --min-confidence LEVEL  show only facts whose evidence is at least this firm: high (LinkedIn's own
                              text or a regulator), medium (the press quoting LinkedIn) or low (everything)
  -h, --help                  this help

Many members, NDJSON in and out:
  -i, --input FILE            read one member per line, each with an "at" field:
                                {"country":"DE","birthDate":"1990-01-01","at":"2025-11-04"}
                              '-' reads standard input. Each output line is {"line":n,"decisions":[…]} or
                              {"line":n,"error":{"code","field","message"}}, one per input line, in order;
                              invalid JSON and blank lines are errors with code INVALID_JSON and field null.
                              A summary goes to stderr; the exit code is 1 when any line failed.
  -d, --date DATE             the moment for lines without "at"
  -p, --purpose ID            only these purposes
      --full                  whole decisions, with the provision in force and its sources, as --json
                              prints them; by default a line's decisions leave those two out and name
                              the provision by "effectiveFrom" (see 'timeline --json'), since the same
                              provision and quotes would repeat on every line: --full writes over ten
                              times as much and runs about ten times slower
      --workers N             answer lines in N threads (default: one per core); output stays in input
                              order; 1 answers them in the main thread

${DATES}
Purposes: ${PURPOSES}.

Examples:
  ${p} check --country de --date 2025-11-04 --birth-date 2009-06-01
  ${p} check --country GB --opted-out ai-training=2025-10-01 --purpose ai-training --json
  ${p} check --country CA --date 2025-12-01 --min-confidence high
  cat members.ndjson | ${p} check --input - > answers.ndjson
`,
  timeline: (p) => `Usage:
  ${p} timeline --country CODE [--purpose ID]… [--json]

Every provision of each purpose in the country's region, oldest first, each in force from its date until
the next one starts: status, lawful basis, data used and not used, the age limit, how to opt out, sources.

  -c, --country CODE   ISO 3166-1 alpha-2, any case (required)
  -p, --purpose ID     only this purpose; repeat or separate with commas (default: all of them)
      --json           print {"country", "region", "timelines": [{"purpose", "provisions": […]}]}
  -h, --help           this help

Purposes: ${PURPOSES}.
`,
  exposure: (p) => `Usage:
  ${p} exposure --country CODE [options]

When the member's data could be used to train LinkedIn's generative-AI models: the periods in which it
was (status subject) or in which the sources cannot say (unknown). Opting out is prospective, so a period
ends when the member opts out; a member turning 18 starts one on their birthday.

${MEMBER}
      --from DATE             start of the range (default: where the record starts)
      --to DATE               end of the range, exclusive (default: open-ended)
      --json                  print {"member", "purpose", "from", "to", "intervals": [{"from","to","status"}]}
  -h, --help                  this help

${DATES}
`,
  regions: (p) => `Usage:
  ${p} regions [--json]

The regions LinkedIn's policy distinguishes, each with its data controller and its countries; every
ISO 3166-1 alpha-2 country code belongs to exactly one.

      --json   print the regions as JSON
  -h, --help   this help
`,
  sources: (p) => `Usage:
  ${p} sources [ID] [--json]

The evidence the data cites: each source's title, publisher, address, dates and confidence (high: LinkedIn's
own text or a regulator; medium: the press quoting LinkedIn; low: a secondary summary). With an ID, that source
in full, with every provision that cites it and the words quoted.

      --json   print the sources (or the one source, with its citations) as JSON
  -h, --help   this help
`,
  export: (p) => `Usage:
  ${p} export --out DIR [--format csv|ndjson|parquet|jsonld]

The policy as tables for SQL engines, written to DIR (created if missing): countries (country, region,
default_time_zone) and provisions (purpose, region, effective_from, effective_to, status, minimum_age,
lawful_basis), and its evidence: sources (source, title, publisher, url, published, confidence,
archive_repository, archive_path, archive_commit, archive_captured), claims (purpose, region, effective_from,
field, value, confidence) and citations (purpose, region, effective_from, field, value, source, quote,
revision) — the same as the package's tables/*.csv. Load them beside sql/duckdb.sql, sql/spark.sql or
sql/bigquery.sql to decide for a whole member table in SQL, and join the evidence on (purpose, region,
effective_from); see the warehouse guide.

  -o, --out DIR          the folder to write the five tables into, as NAME.FORMAT, or policy.jsonld (required)
  -f, --format FORMAT    csv (the default; empty field = null), ndjson (one JSON object per row), parquet
                         (typed columns; needs the optional peer dependency @duckdb/node-api), or jsonld:
                         policy.jsonld instead of the tables, every provision as a process in the W3C Data
                         Privacy Vocabulary (DPV 2.3) with its evidence, its @context inline
  -h, --help             this help

Each file written is reported on stderr; nothing is printed on stdout.
`,
};
