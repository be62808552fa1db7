// The scorecard, the action plan and the end-of-year report.
import { get, all, downloadCsv } from './api.js';
import { el, shownValue, formatNumber, formatDate } from './dom.js';
import { AXES, SCORECARD, COMMITMENT_STATUS, measureLabel } from './labels.js';
import { experimentsForReport } from './experiments.js';

function scorecardQuery(ctx) {
  const params = new URLSearchParams();
  if (ctx.filters.territory) {
    params.set('territory', ctx.filters.territory);
  }
  if (ctx.filters.year) {
    params.set('agreementYear', ctx.filters.year);
  }
  return params.toString();
}

function kindOf(indicator) {
  return /Rate$|Share$/.test(indicator) ? 'RATE' : 'COUNT';
}

function trendCell(line) {
  if (line.trend === undefined || line.trend === null) {
    return el('td', {}, '—');
  }
  const trend = Number(line.trend);
  const kind = kindOf(line.indicator);
  const text = `${trend > 0 ? '+' : ''}${kind === 'RATE' ? `${formatNumber(trend * 100, 'DAYS')} pt` : formatNumber(trend, 'COUNT')}`;
  const word = trend > 0 ? 'en hausse' : trend < 0 ? 'en baisse' : 'stable';
  const arrow = trend > 0 ? '↗' : trend < 0 ? '↘' : '→';
  return el('td', { class: 'number' }, el('span', { 'aria-hidden': 'true' }, `${arrow} `), text, el('span', { class: 'visually-hidden' }, ` (${word})`));
}

function targetCell(line) {
  if (line.target === undefined || line.target === null) {
    return el('td', {}, '—');
  }
  const source = line.targetFrom === 'agreement' ? ' (accord)' : '';
  return el('td', { class: 'number' }, `${formatNumber(Number(line.target), kindOf(line.indicator))}${source}`);
}

export async function scorecard(ctx) {
  const card = await get(`/api/v1/indicators/scorecard?${scorecardQuery(ctx)}`);
  const sections = card.axes.map((axis) => {
    const id = `axe-${axis.axis}`;
    return el(
      'section',
      { class: 'panel panel--axis', 'aria-labelledby': id },
      el('h2', { id }, AXES[axis.axis] || axis.title),
      el('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': id, tabindex: '0' },
        el('table', { class: 'data-table' },
          el('caption', { class: 'visually-hidden' }, `${AXES[axis.axis] || axis.title} : indicateurs, objectif, valeur à date et tendance`),
          el('thead', {}, el('tr', {},
            el('th', { scope: 'col' }, 'Indicateur'),
            el('th', { scope: 'col' }, 'Objectif de l\'année'),
            el('th', { scope: 'col' }, 'Valeur à date'),
            el('th', { scope: 'col' }, 'Même période un an avant'),
            el('th', { scope: 'col' }, 'Tendance'))),
          el('tbody', {}, axis.indicators.map((line) => el('tr', {},
            el('th', { scope: 'row', title: line.description }, SCORECARD[line.indicator] || line.description || line.indicator),
            targetCell(line),
            el('td', { class: 'number' }, shownValue(line.value, kindOf(line.indicator))),
            el('td', { class: 'number' }, shownValue(line.yearBefore, kindOf(line.indicator))),
            trendCell(line)))))),
    );
  });
  return {
    card,
    nodes: [
      el('p', { class: 'hint' }, `Année ${card.agreementYear} de l'accord, du ${formatDate(card.from)} au ${formatDate(card.to)} ; territoire : ${ctx.territoryName(card.territory)}.`),
      ...sections,
    ],
  };
}

export async function scorecardView(ctx) {
  const { nodes } = await scorecard(ctx);
  return [el('h1', {}, 'Tableau de bord de l\'accord-cadre'), ...nodes];
}

export async function actionPlanView(ctx) {
  const commitments = await all('/api/v1/action-plan');
  const id = 'plan-action-titre';
  return [
    el('h1', {}, 'Le plan d\'action de l\'accord'),
    el('section', { class: 'panel', 'aria-labelledby': id },
      el('h2', { id }, `Engagements (${commitments.length})`),
      el('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': id, tabindex: '0' },
        el('table', { class: 'data-table' },
          el('caption', { class: 'visually-hidden' }, 'Engagements du plan d\'action, leur responsable, leur échéance et leur état'),
          el('thead', {}, el('tr', {},
            el('th', { scope: 'col' }, 'Engagement'),
            el('th', { scope: 'col' }, 'Responsable'),
            el('th', { scope: 'col' }, 'Échéance'),
            el('th', { scope: 'col' }, 'État'),
            el('th', { scope: 'col' }, 'Indicateur de suivi'))),
          el('tbody', {}, commitments.length ? commitments.map((c) => el('tr', {},
            el('th', { scope: 'row' }, el('span', { class: 'strong' }, c.title), c.description ? el('span', { class: 'hint block' }, c.description) : null),
            el('td', {}, c.owner || '—'),
            el('td', {}, formatDate(c.dueOn)),
            el('td', {}, el('span', { class: `badge badge--${c.status.toLowerCase()}` }, COMMITMENT_STATUS[c.status] || c.status),
              c.late ? el('span', { class: 'badge badge--late' }, 'en retard') : null),
            el('td', {}, c.indicator ? indicatorName(c.indicator) : '—'))) : el('tr', {}, el('td', { colspan: 5 }, 'Aucun engagement.')))))),
  ];
}

function indicatorName(indicator) {
  if (SCORECARD[indicator]) {
    return SCORECARD[indicator];
  }
  const measure = indicator.split('.').pop();
  return measureLabel(measure);
}

export async function reportView(ctx) {
  const { card, nodes } = await scorecard(ctx);
  const experiments = await experimentsForReport(ctx);
  return [
    el('div', { class: 'report-head' },
      el('h1', {}, `Rapport annuel de l'accord-cadre — année ${card.agreementYear}`),
      el('p', {}, `Territoire : ${ctx.territoryName(card.territory)}. Édité le ${formatDate(new Date().toISOString())}.`),
      el('p', { class: 'no-print' },
        el('button', { type: 'button', class: 'button', onclick: () => window.print() }, 'Imprimer ou enregistrer en PDF'))),
    el('h2', { class: 'report-part' }, 'Le tableau de bord'),
    ...nodes,
    el('h2', { class: 'report-part page-break' }, 'Les expérimentations'),
    ...experiments,
  ];
}

export { downloadCsv };
