// Stacked bars over time, drawn by uPlot (a 50 KB canvas chart: a tenth of what ECharts would cost this page).
// uPlot has no stacking of its own; the bars here are cumulative sums drawn top series first, each over the one
// before, and re-summed when the legend hides a series.
import { el, number } from './dom.js';

/** Distinguishable in light and dark, and for the common colour blindnesses (Okabe & Ito, then Tableau). */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#4E79A7', '#B07AA1',
  '#9C755F'];
const OTHER_COLOUR = '#8c8c8c';
/** Series beyond these are summed as one "Other" band: a legend of thirty colours says nothing. */
export const MAX_SERIES = 10;

const DAY = 86400;

/** How long a bar lasts: a day for short ranges, a week or a month where daily bars would be hairlines. */
export function bucketFor(from, to) {
  const days = (Date.parse(to) - Date.parse(from)) / (DAY * 1000) + 1;
  if (days <= 120) {
    return 'day';
  }
  return days <= 731 ? 'week' : 'month';
}

/** The start (epoch seconds, UTC) of the bucket holding an ISO date. */
function bucketStart(isoDate, bucket) {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (bucket === 'week') {
    const monday = (date.getUTCDay() + 6) % 7;
    date.setUTCDate(date.getUTCDate() - monday);
  } else if (bucket === 'month') {
    date.setUTCDate(1);
  }
  return date.getTime() / 1000;
}

function nextBucket(seconds, bucket) {
  const date = new Date(seconds * 1000);
  if (bucket === 'month') {
    date.setUTCMonth(date.getUTCMonth() + 1);
  } else {
    date.setUTCDate(date.getUTCDate() + (bucket === 'week' ? 7 : 1));
  }
  return date.getTime() / 1000;
}

/**
 * The chart's data: one x per bucket of the range (empty buckets included, so bars keep their places), and per
 * series its count in each bucket. Series are [{key, label, days: [{date, count}]}], largest total first; those
 * past MAX_SERIES are summed as "Other".
 */
export function tabulate(series, from, to, bucket) {
  const xs = [];
  const index = new Map();
  for (let x = bucketStart(from, bucket), end = bucketStart(to, bucket); x <= end; x = nextBucket(x, bucket)) {
    index.set(x, xs.length);
    xs.push(x);
  }
  const counted = series.map((one) => {
    const counts = new Array(xs.length).fill(0);
    for (const day of one.days) {
      const at = index.get(bucketStart(day.day, bucket));
      if (at !== undefined) {
        counts[at] += day.count;
      }
    }
    return { ...one, counts, total: counts.reduce((a, b) => a + b, 0) };
  }).filter((one) => one.total > 0).sort((a, b) => b.total - a.total);

  const shown = counted.slice(0, MAX_SERIES);
  const rest = counted.slice(MAX_SERIES);
  if (rest.length) {
    const counts = xs.map((_, i) => rest.reduce((sum, one) => sum + one.counts[i], 0));
    shown.push({ key: 'other', label: `Other (${rest.length})`, counts, total: counts.reduce((a, b) => a + b, 0),
      other: rest });
  }
  shown.forEach((one, i) => { one.colour = one.key === 'other' ? OTHER_COLOUR : PALETTE[i % PALETTE.length]; });
  return { xs, series: shown, all: counted };
}

/**
 * Draws the stacked bars into `container`. Returns the uPlot instance (destroy it when the view goes). The first
 * series sits at the bottom of each stack.
 */
export function stackedBars(container, table, { bucket, unit }) {
  const { xs, series } = table;
  const visible = series.map(() => true);
  const stackedData = () => {
    // Drawn top of the stack first: uPlot series k (1-based) holds the sum of series 0..n-k that are visible.
    const sums = [];
    let running = new Array(xs.length).fill(0);
    series.forEach((one, i) => {
      if (visible[i]) {
        running = running.map((value, x) => value + one.counts[x]);
      }
      sums.push(running);
    });
    return [xs, ...sums.slice().reverse()];
  };
  const drawn = series.slice().reverse(); // uPlot's series order: top of the stack first
  const width = Math.max(280, container.clientWidth);
  const height = window.matchMedia('(max-width: 600px)').matches ? 240 : 320;
  const css = getComputedStyle(document.documentElement);
  const axisColour = css.getPropertyValue('--muted').trim() || '#555';
  const gridColour = css.getPropertyValue('--grid').trim() || '#e5e5e5';
  const bars = window.uPlot.paths.bars({ size: [0.8, 48], gap: 1 });
  const dateFormat = bucket === 'month' ? '{YYYY}-{MM}' : '{YYYY}-{MM}-{DD}';
  const plot = new window.uPlot({
    width,
    height,
    tzDate: (ts) => window.uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    legend: { live: true },
    cursor: { drag: { x: false, y: false }, points: { show: false } },
    scales: {
      // Half a bar's room at either end, so the first and last bars are not cut in half.
      x: { time: true, range: (u, min, max) => [min - halfBucket(bucket), max + halfBucket(bucket)] },
      y: { range: (u, min, max) => [0, Math.max(1, max)] },
    },
    axes: [
      { stroke: axisColour, grid: { stroke: gridColour, width: 1 }, ticks: { stroke: gridColour } },
      { stroke: axisColour, grid: { stroke: gridColour, width: 1 }, ticks: { stroke: gridColour },
        label: `Filings per ${unit || bucket}`, labelSize: 20,
        // Counts are whole numbers: no 0.5 ticks.
        splits: (u, axis, min, max) => integerSplits(max) },
    ],
    series: [
      { label: bucket === 'month' ? 'Month' : bucket === 'week' ? 'Week of' : 'Day',
        value: (u, ts) => (ts == null ? 'whole range' : formatDate(ts, dateFormat)) },
      ...drawn.map((one) => {
        const original = series.indexOf(one);
        return {
          label: one.label,
          fill: one.colour,
          stroke: one.colour,
          width: 0,
          paths: bars,
          points: { show: false },
          // The legend shows the series' own count (not the running sum drawn); its total when no bar is pointed at.
          value: (u, value, seriesIndex, x) => number(x == null ? series[original].total : series[original].counts[x]),
        };
      }),
    ],
    hooks: {
      setSeries: [(u, seriesIndex, options) => {
        if (seriesIndex != null && options && 'show' in options) {
          visible[series.indexOf(drawn[seriesIndex - 1])] = options.show;
          u.setData(stackedData());
        }
      }],
    },
  }, stackedData(), container);

  // Follow the container's width (a phone turned sideways, a resized window).
  const resize = new ResizeObserver(() => {
    const next = Math.max(280, container.clientWidth);
    if (Math.abs(next - plot.width) > 4) {
      plot.setSize({ width: next, height });
    }
  });
  resize.observe(container);
  const destroy = plot.destroy.bind(plot);
  plot.destroy = () => { resize.disconnect(); destroy(); };
  return plot;
}

function halfBucket(bucket) {
  return (bucket === 'month' ? 30 : bucket === 'week' ? 7 : 1) * DAY / 2;
}

function integerSplits(max) {
  const top = Math.max(1, Math.ceil(max));
  const step = Math.max(1, niceStep(top / 5));
  const splits = [];
  for (let value = 0; value <= top; value += step) {
    splits.push(value);
  }
  return splits;
}

function niceStep(raw) {
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  const scaled = raw / power;
  return Math.ceil((scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power);
}

function formatDate(ts, pattern) {
  const iso = new Date(ts * 1000).toISOString();
  return pattern.replace('{YYYY}', iso.slice(0, 4)).replace('{MM}', iso.slice(5, 7)).replace('{DD}', iso.slice(8, 10));
}

/** The chart's text alternative: each series with its total and share, largest first. */
export function totalsTable(table, caption, linkFor) {
  const grand = table.all.reduce((sum, one) => sum + one.total, 0);
  return el('table', { class: 'totals' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Series'), el('th', { scope: 'col', class: 'num' }, 'Filings'),
      el('th', { scope: 'col', class: 'num' }, 'Share'))),
    el('tbody', {}, table.all.map((one) => el('tr', {},
      el('th', { scope: 'row' }, swatch(colourOf(table, one)),
        linkFor ? el('a', { href: linkFor(one) }, one.label) : one.label),
      el('td', { class: 'num' }, number(one.total)),
      el('td', { class: 'num' }, grand ? `${Math.round((one.total / grand) * 100)}%` : '')))),
    el('tfoot', {}, el('tr', {}, el('th', { scope: 'row' }, 'All'), el('td', { class: 'num' }, number(grand)),
      el('td', {}))));
}

/** A legend square. Its colour is set through the CSSOM: the page's CSP allows no style attributes. */
export function swatch(colour) {
  const square = el('span', { class: 'swatch', 'aria-hidden': 'true' });
  square.style.backgroundColor = colour;
  return square;
}

function colourOf(table, one) {
  const shown = table.series.find((s) => s.key === one.key);
  return shown ? shown.colour : OTHER_COLOUR;
}
