// Charts (ECharts, shipped with the page) and the tables of their numbers.
import { el, uid, shownValue, plotted } from './dom.js';
import { measureLabel, GROUPS, monthLabel, NETWORKS, regionName } from './labels.js';

// Okabe-Ito: told apart with the usual colour blindnesses; patterns (decals) on bars too.
const PALETTE = ['#0055a4', '#d55e00', '#009e73', '#cc79a7', '#56b4e9', '#8a6d00', '#000000', '#e69f00'];

const AXIS_NUMBER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

let charts = [];
// Charts built for a view still loading: drawn by drawCharts() once the view is in the page.
let pending = [];
window.addEventListener('resize', () => charts.forEach((chart) => chart.resize()));

export function disposeCharts() {
  charts.forEach((chart) => chart.dispose());
  charts = [];
  pending = [];
}

/**
 * Draws the charts whose containers are now in the page (ECharts needs their size). Called once a
 * view's nodes are inserted: a view awaits several API calls before it is shown, so a chart cannot
 * draw itself on the next frame.
 */
export function drawCharts() {
  const waiting = pending;
  pending = [];
  for (const draw of waiting) {
    draw();
  }
}

export function groupLabel(key, value, names = {}) {
  if (key === 'month') {
    return monthLabel(value);
  }
  if (key === 'network') {
    return NETWORKS[value] || value;
  }
  if (key === 'region') {
    return regionName(value);
  }
  if ((key === 'site' || key === 'agency') && names[`${key}:${value}`]) {
    return names[`${key}:${value}`];
  }
  return value;
}

/**
 * A chart: `categories` on the x axis, `series` [{name, data (null = gap)}]; `unit` for the axis
 * and the description. The container is an image for assistive technologies, labelled; its numbers
 * are in the table beside it.
 */
export function chart({ label, categories, series, type = 'line', unit = '', stack = false, horizontal = false }) {
  const container = el('div', { class: 'chart', role: 'img', 'aria-label': label });
  // French numbers on the value axis (ECharts' own {value} writes 1,500).
  const axisNumber = (value) => `${AXIS_NUMBER.format(value)}${unit}`;
  const options = {
    color: PALETTE,
    aria: { enabled: true, decal: { show: type === 'bar' }, label: { enabled: false } },
    animation: false,
    textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif', fontSize: 13 },
    grid: { left: horizontal ? 180 : 56, right: 24, top: 56, bottom: 56, containLabel: false },
    legend: { type: 'scroll', top: 0, textStyle: { color: '#1e1e1e' } },
    tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: (v) => (v === null || v === undefined ? 'non affiché' : `${v}${unit}`) },
    xAxis: horizontal
      ? { type: 'value', axisLabel: { formatter: axisNumber, color: '#1e1e1e' } }
      : { type: 'category', data: categories, axisLabel: { color: '#1e1e1e', hideOverlap: true } },
    yAxis: horizontal
      ? { type: 'category', data: categories, axisLabel: { color: '#1e1e1e', width: 170, overflow: 'truncate' } }
      : { type: 'value', axisLabel: { formatter: axisNumber, color: '#1e1e1e' } },
    series: series.map((s, index) => ({
      name: s.name,
      type,
      data: s.data,
      stack: stack ? 'total' : undefined,
      connectNulls: false,
      showSymbol: true,
      symbol: ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect', 'circle'][index % 8],
      symbolSize: 7,
      lineStyle: { width: 2, type: index >= 4 ? 'dashed' : 'solid' },
    })),
  };
  // Drawn by drawCharts() once the container is in the page (it needs its size).
  pending.push(() => {
    if (!container.isConnected || !window.echarts) {
      return;
    }
    const instance = window.echarts.init(container, null, { renderer: 'canvas' });
    instance.setOption(options);
    container.setAttribute('role', 'img');
    container.setAttribute('aria-label', label);
    charts.push(instance);
  });
  return container;
}

/** The table of an indicator answer: its groups, then the measures asked (all when none). */
export function indicatorTable(answer, { caption, measures, names } = {}) {
  const definitions = answer.measures.filter((m) => !measures || measures.includes(m.name));
  const groupBy = answer.groupBy || [];
  const head = el(
    'tr',
    {},
    groupBy.map((key) => el('th', { scope: 'col' }, GROUPS[key] || key)),
    groupBy.length === 0 ? el('th', { scope: 'col' }, 'Territoire') : null,
    definitions.map((m) => el('th', { scope: 'col', title: m.description }, measureLabel(m.name))),
  );
  const rows = answer.rows.map((row) => {
    const values = Object.fromEntries(row.values.map((v) => [v.name, v]));
    return el(
      'tr',
      {},
      groupBy.map((key) => el('th', { scope: 'row' }, groupLabel(key, row.group[key], names))),
      groupBy.length === 0 ? el('th', { scope: 'row' }, 'Ensemble') : null,
      definitions.map((m) => el('td', { class: 'number' }, shownValue(values[m.name], m.kind))),
    );
  });
  const table = el(
    'table',
    { class: 'data-table' },
    el('caption', {}, caption),
    el('thead', {}, head),
    el('tbody', {}, rows.length ? rows : el('tr', {}, el('td', { colspan: definitions.length + Math.max(1, groupBy.length) }, 'Rien à compter sur cette période et ce territoire.'))),
  );
  const id = uid('tableau');
  return el('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': id, tabindex: '0' }, relabel(table, id));
}

function relabel(table, id) {
  table.querySelector('caption').id = id;
  return table;
}

/** Series by month for some measures of an answer grouped by month (and maybe a second key). */
export function monthlySeries(answer, measures, second) {
  const kinds = Object.fromEntries(answer.measures.map((m) => [m.name, m.kind]));
  const months = [...new Set(answer.rows.map((r) => r.group.month))].sort();
  const keys = second ? [...new Set(answer.rows.map((r) => r.group[second]))].sort() : [null];
  const series = [];
  for (const measure of measures) {
    for (const key of keys) {
      const data = months.map((month) => {
        const row = answer.rows.find((r) => r.group.month === month && (!second || r.group[second] === key));
        const value = row ? row.values.find((v) => v.name === measure) : null;
        // A month without any row has nothing to count: zero is shown; a protected value is a gap.
        return row ? plotted(value, kinds[measure]) : 0;
      });
      const name = second ? `${measureLabel(measure)} — ${groupLabel(second, key)}` : measureLabel(measure);
      series.push({ name, data });
    }
  }
  return { categories: months.map(monthLabel), series };
}
