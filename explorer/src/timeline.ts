/**
 * The SVG timeline: one row per region × purpose, coloured by status with a pattern per status (so colour is
 * never the only cue) and the status written in the bar where it fits; a marker at the chosen date; and a row
 * with the member's AI-training exposure. A table with the same periods follows for screen readers and print.
 *
 * Test hooks: rows are `g.row[data-region][data-purpose]`, their bars `rect[data-status][data-from][data-to]`
 * ('YYYY-MM-DD', `data-to` exclusive and empty when open-ended); the marker is `#timeline-marker` with
 * `data-date` and `data-x`; exposure bars are `rect[data-exposure]`.
 */
import { DATA_AS_OF, timeline, type DecisionStatus, type ExposureInterval, type Provision, type PurposeId, type Region } from 'linkedin-policy-data';
import { dayNumber, isoOfDay, monthStart, wallClock } from './calendar.js';
import { h, replaceChildren, s } from './dom.js';
import { COVERAGE_START, PURPOSES, STATUS_LABEL } from './words.js';

const WIDTH = 1000;
const PLOT_LEFT = 12;
const RIGHT_PAD = 24;
const TOP = 46; // marker label and axis labels above the first row
// Each row: its label on a line of its own, the bar below it. Labels above the bars rather than in a column
// beside them leave the whole width to time, and stay in view when a narrow screen scrolls the chart sideways
// (they move with the scroll: see `.sticky` and --label-shift).
const ROW = 32;
const LABEL_BASELINE = 11;
const BAR_TOP = 14;
const BAR = 15;
const GROUP_HEAD = 28;
const GROUP_GAP = 8;
const EXPOSURE_HEIGHT = 44;

/** A bar of the timeline: a status from one calendar day (inclusive) to another (exclusive, null = open). */
export interface Period {
  readonly from: string;
  readonly to: string | null;
  readonly status: DecisionStatus;
  readonly note: string;
}

/** The periods of a region's timeline for a purpose, with the span before the data's coverage as unknown. */
export function periodsOf(region: Region, purpose: PurposeId): Period[] {
  const provisions = timeline(region.countries[0]!.code, purpose);
  const periods: Period[] = [{ from: '', to: COVERAGE_START, status: 'unknown', note: 'before the data’s coverage' }];
  provisions.forEach((provision, i) => {
    periods.push({
      from: provision.effectiveFrom,
      to: provisions[i + 1]?.effectiveFrom ?? null,
      status: provision.status,
      note: noteOf(provision),
    });
  });
  return periods;
}

function noteOf(provision: Provision): string {
  if (provision.statusReason !== null) return provision.statusReason;
  return provision.status === 'unknown' ? 'no source says' : '';
}

export interface TimelineView {
  /** Moves the marker, highlights the member's region and draws their exposure. */
  update(view: { date: string | null; region: Region | null; exposure: readonly ExposureInterval[] | null; timeZone: string | null }): void;
}

/** Draws the timeline into `container` and the same periods as a table into `tableContainer`. */
export function createTimeline(container: HTMLElement, tableContainer: HTMLElement, regions: readonly Region[]): TimelineView {
  const start = monthStart(COVERAGE_START, -2);
  const end = Math.max(monthStart(DATA_AS_OF, 4), ...regions.flatMap((r) => PURPOSES.map((p) => dayNumber(timeline(r.countries[0]!.code, p.id).at(-1)!.effectiveFrom) + 60)));
  const x = (day: number): number => PLOT_LEFT + ((Math.min(Math.max(day, start), end) - start) / (end - start)) * (WIDTH - PLOT_LEFT - RIGHT_PAD);
  const groupHeight = GROUP_HEAD + regions.length * ROW + GROUP_GAP;
  const plotTop = TOP + EXPOSURE_HEIGHT;
  const height = plotTop + PURPOSES.length * groupHeight + 8;

  const svg = s(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${height}`,
      width: WIDTH,
      height,
      class: 'timeline',
      role: 'img',
      'aria-labelledby': 'timeline-svg-title timeline-svg-desc',
      'data-rows': regions.length * PURPOSES.length,
    },
    s('title', { id: 'timeline-svg-title' }, 'LinkedIn’s policy over time, by purpose and region'),
    s(
      'desc',
      { id: 'timeline-svg-desc' },
      `For each purpose, one bar per region from ${isoOfDay(start)} to ${isoOfDay(end)}: striped orange where members are subject, ` +
        'plain blue where they are not, dotted grey where it is unknown. A vertical line marks the chosen date; the top row shows ' +
        'when your data could be used for AI training. The table after the chart lists the same periods.',
    ),
    patterns(),
  );

  // Axis: a tick at each quarter, gridlines through every group.
  const axis = s('g', { class: 'axis', 'aria-hidden': 'true' });
  const monthName = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  for (let months = 0; ; months += 1) {
    const day = monthStart(isoOfDay(start), months);
    if (day > end) break;
    const month = new Date(day * 86_400_000).getUTCMonth();
    if (month % 3 !== 0) continue;
    const tx = x(day);
    axis.append(
      s('line', { x1: tx, x2: tx, y1: TOP - 6, y2: height - 8, class: month === 0 ? 'grid grid--year' : 'grid' }),
      s('text', { x: tx + 3, y: TOP - 10, class: month === 0 ? 'tick tick--year' : 'tick' }, monthName.format(new Date(day * 86_400_000))),
    );
  }
  for (const [day, label] of [
    [dayNumber(COVERAGE_START), `coverage starts ${COVERAGE_START}`],
    [dayNumber(DATA_AS_OF), `data as of ${DATA_AS_OF}`],
  ] as const) {
    axis.append(s('line', { x1: x(day), x2: x(day), y1: plotTop - 4, y2: height - 8, class: 'reference' }));
    const nearEnd = x(day) > WIDTH - 160;
    axis.append(
      s('text', { x: x(day) + (nearEnd ? -3 : 3), y: height - 1, class: 'reference-label', 'text-anchor': nearEnd ? 'end' : 'start' }, label),
    );
  }
  svg.append(axis);

  // The member's exposure row.
  const exposureRow = s('g', { class: 'exposure' });
  svg.append(
    s('rect', { x: 0, y: TOP - 2, width: WIDTH, height: EXPOSURE_HEIGHT - 6, class: 'exposure-band' }),
    s('text', { x: PLOT_LEFT, y: TOP + LABEL_BASELINE, class: 'row-label row-label--exposure sticky' }, 'Your AI-training exposure'),
    exposureRow,
  );

  // One group of rows per purpose.
  const rowElements: SVGElement[] = [];
  PURPOSES.forEach((purpose, p) => {
    const groupTop = plotTop + p * groupHeight;
    const group = s('g', { class: 'group', 'data-purpose': purpose.id });
    group.append(s('text', { x: PLOT_LEFT, y: groupTop + 18, class: 'group-label sticky' }, purpose.label));
    regions.forEach((region, r) => {
      const y = groupTop + GROUP_HEAD + r * ROW;
      const row = s(
        'g',
        { class: 'row', 'data-region': region.id, 'data-purpose': purpose.id },
        s('rect', { x: 0, y: y - 2, width: WIDTH, height: ROW, class: 'row-highlight' }),
        s('text', { x: PLOT_LEFT, y: y + LABEL_BASELINE, class: 'row-label sticky' }, region.name),
      );
      for (const period of periodsOf(region, purpose.id)) {
        const from = period.from === '' ? start : dayNumber(period.from);
        const to = period.to === null ? end : dayNumber(period.to);
        if (to <= start || from >= end) continue;
        const x1 = x(from);
        const w = Math.max(x(to) - x1, 1);
        const last = period.to === null ? 'onwards' : `to ${isoOfDay(dayNumber(period.to) - 1)}`;
        const what = `${region.name}, ${purpose.label}: ${STATUS_LABEL[period.status]}${period.note === '' ? '' : ` (${period.note})`}`;
        const when = period.from === '' ? `before ${COVERAGE_START}` : `from ${period.from} ${last}`;
        row.append(
          s(
            'rect',
            {
              x: x1,
              y: y + BAR_TOP,
              width: w,
              height: BAR,
              class: `bar bar--${period.status}`,
              fill: `url(#pattern-${period.status})`,
              'data-status': period.status,
              'data-from': period.from,
              'data-to': period.to ?? '',
            },
            s('title', {}, `${what}, ${when}`),
          ),
        );
        if (w >= 78) {
          row.append(s('text', { x: x1 + w / 2, y: y + BAR_TOP + BAR - 4, class: 'bar-label', 'aria-hidden': 'true' }, STATUS_LABEL[period.status]));
        }
      }
      rowElements.push(row);
      group.append(row);
    });
    svg.append(group);
  });

  // The marker goes last, on top of everything.
  const markerLine = s('line', { y1: TOP - 22, y2: height - 8, class: 'marker-line' });
  const markerText = s('text', { y: TOP - 26, class: 'marker-label' });
  const markerBox = s('rect', { y: TOP - 40, height: 18, rx: 3, class: 'marker-box' });
  const marker = s('g', { id: 'timeline-marker', class: 'marker' }, s('title', {}, 'The chosen date'), markerLine, markerBox, markerText);
  svg.append(marker);
  replaceChildren(container, svg);
  // Keep the labels at the left edge of what is visible when the chart scrolls sideways.
  container.addEventListener(
    'scroll',
    () => {
      const rendered = svg.getBoundingClientRect().width;
      svg.style.setProperty('--label-shift', `${rendered > 0 ? (container.scrollLeft * WIDTH) / rendered : 0}px`);
    },
    { passive: true },
  );
  replaceChildren(tableContainer, table(regions));

  return {
    update({ date, region, exposure, timeZone }) {
      for (const row of rowElements) {
        const current = region !== null && row.getAttribute('data-region') === region.id;
        row.classList.toggle('row--current', current);
        if (current) row.setAttribute('data-current', 'true');
        else row.removeAttribute('data-current');
      }

      const day = date === null ? Number.NaN : dayNumber(date);
      if (Number.isNaN(day)) {
        marker.setAttribute('visibility', 'hidden');
        marker.removeAttribute('data-date');
        marker.removeAttribute('data-x');
      } else {
        const mx = x(day);
        const off = day < start ? '◀ ' : '';
        const after = day > end ? ' ▶' : '';
        const text = `${off}${date}${after}`;
        const boxWidth = text.length * 7 + 10;
        const boxX = Math.min(Math.max(mx - boxWidth / 2, 2), WIDTH - boxWidth - 2);
        marker.setAttribute('visibility', 'visible');
        marker.setAttribute('data-date', date!);
        marker.setAttribute('data-x', mx.toFixed(2));
        markerLine.setAttribute('x1', String(mx));
        markerLine.setAttribute('x2', String(mx));
        markerBox.setAttribute('x', String(boxX));
        markerBox.setAttribute('width', String(boxWidth));
        markerText.setAttribute('x', String(boxX + boxWidth / 2));
        markerText.textContent = text;
        revealMarker(container, markerLine);
      }

      while (exposureRow.firstChild) exposureRow.removeChild(exposureRow.firstChild);
      exposureRow.setAttribute('data-count', String(exposure?.length ?? 0));
      if (exposure === null || timeZone === null) {
        exposureRow.append(s('text', { x: PLOT_LEFT, y: TOP + BAR_TOP + BAR - 4, class: 'exposure-none sticky' }, 'No exposure shown until the input is fixed'));
        return;
      }
      if (exposure.length === 0) {
        exposureRow.append(
          s('text', { x: PLOT_LEFT, y: TOP + BAR_TOP + BAR - 4, class: 'exposure-none sticky' }, 'None: your data is not used for AI training in this period'),
        );
      }
      for (const interval of exposure) {
        const from = wallClock(interval.from, timeZone);
        const to = interval.to === null ? null : wallClock(interval.to, timeZone);
        const fromDay = dayNumber(from.date);
        const toDay = to === null ? end : dayNumber(to.date) + (to.time === '00:00' ? 0 : 1);
        const x1 = x(fromDay);
        const w = Math.max(x(toDay) - x1, 2);
        const status = interval.status;
        const until = to === null ? 'onwards' : `until ${to.date} ${to.time}`;
        exposureRow.append(
          s(
            'rect',
            {
              x: x1,
              y: TOP + BAR_TOP,
              width: w,
              height: BAR,
              class: `bar bar--${status}`,
              fill: `url(#pattern-${status})`,
              'data-exposure': status,
              'data-status': status,
              'data-from': interval.from.toISOString(),
              'data-to': interval.to?.toISOString() ?? '',
            },
            s(
              'title',
              {},
              `${status === 'subject' ? 'Your data could be used for AI training' : 'Unknown whether your data could be used'} from ${from.date} ${from.time} ${until} (${timeZone})`,
            ),
          ),
        );
        if (w >= 150) {
          exposureRow.append(
            s('text', { x: x1 + w / 2, y: TOP + BAR_TOP + BAR - 4, class: 'bar-label', 'aria-hidden': 'true' }, status === 'subject' ? 'your data can be used' : 'unknown'),
          );
        }
      }
    },
  };
}

/** Scrolls a chart narrower than its container's content so that the marker is in view, beside the labels. */
function revealMarker(container: HTMLElement, markerLine: SVGElement): void {
  if (container.scrollWidth <= container.clientWidth) return;
  const box = container.getBoundingClientRect();
  const line = markerLine.getBoundingClientRect();
  if (line.left >= box.left + box.width * 0.3 && line.right <= box.right - 16) return;
  container.scrollLeft += line.left - (box.left + box.width * 0.6);
}

/** Fill patterns: stripes for subject, plain for not subject, dots for unknown (Okabe–Ito colours). */
function patterns(): SVGElement {
  return s(
    'defs',
    {},
    s(
      'pattern',
      { id: 'pattern-subject', width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      s('rect', { width: 8, height: 8, fill: '#E69F00' }),
      s('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: '#8a5a00', 'stroke-width': 3 }),
    ),
    s('pattern', { id: 'pattern-not-subject', width: 8, height: 8, patternUnits: 'userSpaceOnUse' }, s('rect', { width: 8, height: 8, fill: '#56B4E9' })),
    s(
      'pattern',
      { id: 'pattern-unknown', width: 6, height: 6, patternUnits: 'userSpaceOnUse' },
      s('rect', { width: 6, height: 6, fill: '#EEEEEE' }),
      s('circle', { cx: 3, cy: 3, r: 1.2, fill: '#777777' }),
    ),
  );
}

/** The same periods as a table. */
function table(regions: readonly Region[]): HTMLElement {
  return h(
    'table',
    { class: 'timeline-table' },
    h('caption', {}, 'Each region’s status for each purpose, period by period'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Purpose'), h('th', { scope: 'col' }, 'Region'), h('th', { scope: 'col' }, 'Periods'))),
    h(
      'tbody',
      {},
      PURPOSES.flatMap((purpose) =>
        regions.map((region) =>
          h(
            'tr',
            {},
            h('td', {}, purpose.label),
            h('th', { scope: 'row' }, region.name),
            h(
              'td',
              {},
              h(
                'ul',
                {},
                periodsOf(region, purpose.id).map((period) =>
                  h(
                    'li',
                    {},
                    period.from === '' ? `Before ${COVERAGE_START}` : `From ${period.from}`,
                    `: ${STATUS_LABEL[period.status]}${period.note === '' ? '' : ` (${period.note})`}`,
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
