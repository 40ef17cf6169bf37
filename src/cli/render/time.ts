const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'shortOffset',
    });
    formats.set(zone, format);
  }
  return format;
}

/**
 * An instant as the member's wall clock shows it: `2025-11-04 00:00 GMT+1 (Europe/Berlin)`. People read
 * dates in their own zone, and the library reads date-only input in that zone too.
 */
export function formatInstant(at: Date, zone: string): string {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatIn(zone).formatToParts(at)) parts[part.type] = part.value;
  const { year = '', month = '', day = '', hour = '', minute = '', timeZoneName = '' } = parts;
  return `${year}-${month}-${day} ${hour}:${minute} ${timeZoneName} (${zone})`;
}
