import { digitsAt, isRealDate, utcMidnight } from './calendar.js';

// The longest form: 'YYYY-MM-DDTHH:mm:ss.sss+HH:MM'.
const LONGEST = 29;

/**
 * The instant an ISO date-time with an offset names ('2025-11-03T09:30:00.000Z', '2025-11-03T10:30+01:00'),
 * or NaN where `text` is none or names no real date and time: exactly the strings with an offset that the
 * library's DateInput accepts (DATE_TIME in date-input.ts, and its checks), read by char codes. For batches,
 * whose event times are mostly distinct: the library reads a string with a regex and keeps it in a per-zone memo,
 * which costs more than it saves for a string read once. Anything NaN here goes to the library as it was, which
 * reads it or names the error.
 */
export function offsetInstant(text: string): number {
  const length = text.length;
  // The separators of 'YYYY-MM-DDTHH:mm', then the shortest (…mmZ) to the longest (…mm:ss.sss+HH:MM) form.
  if (length < 17 || length > LONGEST || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  if (text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58) return NaN;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  let end = 16;
  let second = 0;
  let millis = 0;
  if (text.charCodeAt(end) === 58) {
    second = digitsAt(text, end + 1, 2);
    end += 3;
    if (text.charCodeAt(end) === 46) {
      millis = digitsAt(text, end + 1, 3);
      end += 4;
    }
  }
  const sign = text.charCodeAt(end);
  let offsetMinutes: number;
  if (sign === 90 && end + 1 === length) {
    offsetMinutes = 0;
  } else if ((sign === 43 || sign === 45) && end + 6 === length && text.charCodeAt(end + 3) === 58) {
    const offsetHour = digitsAt(text, end + 1, 2);
    const offsetMinute = digitsAt(text, end + 4, 2);
    if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) return NaN;
    offsetMinutes = (sign === 43 ? 1 : -1) * (offsetHour * 60 + offsetMinute);
  } else {
    return NaN;
  }
  // A part that is not all digits reads as -1, which fails these checks too.
  if (month < 0 || day < 0 || !isRealDate(year, month, day)) return NaN;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || millis < 0) return NaN;
  return utcMidnight({ year, month, day }) + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
}
