// The indicator views: the referral funnel, rates and delays, prospection, information and coverage.
import { get, downloadCsv } from './api.js';
import { el, uid } from './dom.js';
import { chart, indicatorTable, monthlySeries } from './charts.js';

/** The API query of the filters: period (months) and territory, with the groupings asked. */
export function indicatorQuery(filters, groupBy, { period = true } = {}) {
  const params = new URLSearchParams();
  if (period && filters.from) {
    params.set('from', `${filters.from}-01`);
  }
  if (period && filters.to) {
    const [y, m] = filters.to.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    params.set('to', `${filters.to}-${String(last).padStart(2, '0')}`);
  }
  if (filters.territory) {
    params.set('territory', filters.territory);
  }
  if (groupBy) {
    params.set('groupBy', groupBy);
  }
  return params.toString();
}

function csvName(family, filters) {
  const parts = ['passerelle', family, filters.from || '', filters.to || '', (filters.territory || 'mon-territoire').replace(/[^A-Za-z0-9-]+/g, '-')];
  return `${parts.filter(Boolean).join('_')}.csv`;
}

/**
 * One panel: a heading, a chart labelled by its caption, the table of its numbers beside it, and the
 * CSV of that table.
 */
async function panel(ctx, { title, family, groupBy, chartMeasures, type, unit, stack, second, horizontal, byGroup, tableMeasures, intro, period }) {
  const path = `/api/v1/indicators/${family}?${indicatorQuery(ctx.filters, groupBy, { period })}`;
  const answer = await get(path);
  const headingId = uid(`titre-${family}`);
  const kinds = Object.fromEntries(answer.measures.map((m) => [m.name, m.kind]));
  let figure = null;
  if (chartMeasures) {
    let plot;
    if (byGroup) {
      const categories = answer.rows.map((r) => byGroup.label(r.group[byGroup.key], ctx.names));
      const series = chartMeasures.map((name) => ({
        name: byGroup.measureLabel(name),
        data: answer.rows.map((r) => {
          const v = r.values.find((x) => x.name === name);
          return v && v.status === 'VALUE' ? (kinds[name] === 'RATE' ? Math.round(v.value * 1000) / 10 : Number(v.value)) : null;
        }),
      }));
      plot = { categories, series };
    } else {
      plot = monthlySeries(answer, chartMeasures, second);
    }
    const caption = `${title} : graphique (les nombres sont dans le tableau qui suit)`;
    figure = el(
      'figure',
      { class: 'figure' },
      chart({ label: `${title}. ${plot.series.map((s) => s.name).join(', ')}.`, categories: plot.categories, series: plot.series, type, unit, stack, horizontal }),
      el('figcaption', {}, caption),
    );
  }
  const table = indicatorTable(answer, { caption: `${title} : les nombres`, measures: tableMeasures, names: ctx.names });
  const csv = el('button', {
    type: 'button',
    class: 'button button--secondary',
    onclick: () => ctx.guard(() => downloadCsv(path, csvName(family, ctx.filters))),
  }, `Télécharger le tableau « ${title} » (CSV)`);
  return el(
    'section',
    { class: 'panel', 'aria-labelledby': headingId },
    el('h2', { id: headingId }, title),
    intro ? el('p', { class: 'hint' }, intro) : null,
    el('div', { class: 'panel__body' }, figure, table),
    el('p', { class: 'panel__actions' }, csv),
  );
}

export async function funnelView(ctx) {
  return [
    el('h1', {}, 'Le parcours des jeunes orientés vers les E2C'),
    await panel(ctx, {
      title: 'Prescriptions et étapes du parcours par mois',
      family: 'funnel',
      groupBy: 'month',
      chartMeasures: ['submitted', 'answered', 'invited', 'attended', 'admitted', 'started', 'exited', 'positiveExits'],
      type: 'line',
      intro: 'Ce qui s\'est passé chaque mois : prescriptions, réponses, informations collectives, admissions, entrées, sorties.',
    }),
    await panel(ctx, {
      title: 'Sorties positives par mois',
      family: 'funnel',
      groupBy: 'month',
      chartMeasures: ['positiveExitRate'],
      tableMeasures: ['exited', 'positiveExits', 'positiveExitRate'],
      type: 'bar',
      unit: ' %',
      intro: 'Sorties vers l\'emploi, l\'alternance ou une formation qualifiante, rapportées à l\'ensemble des sorties.',
    }),
    await panel(ctx, {
      title: 'Refus par motif',
      family: 'refusals',
      intro: 'Refus de l\'E2C selon leur motif codé, sur la période.',
    }),
  ];
}

export async function ratesView(ctx) {
  return [
    el('h1', {}, 'Taux et délais des prescriptions'),
    el('p', { class: 'hint' }, 'Par cohorte : les prescriptions faites chaque mois, et ce qu\'elles sont devenues depuis.'),
    await panel(ctx, {
      title: 'Taux par mois de prescription',
      family: 'rates',
      groupBy: 'month',
      chartMeasures: ['answeredWithin10DaysRate', 'attendanceRate', 'admissionRate', 'positiveExitRate'],
      tableMeasures: ['submitted', 'answeredWithin10Days', 'answeredWithin10DaysRate', 'invited', 'attended', 'attendanceRate', 'admitted', 'admissionRate', 'exited', 'positiveExits', 'positiveExitRate'],
      type: 'line',
      unit: ' %',
    }),
    await panel(ctx, {
      title: 'Délais en jours (médiane et 9e décile)',
      family: 'rates',
      groupBy: 'month',
      chartMeasures: ['daysToAnswerMedian', 'daysToAnswerP90', 'daysToAdmissionMedian', 'daysToAdmissionP90', 'daysToStartMedian', 'daysToStartP90'],
      tableMeasures: ['daysToAnswerMedian', 'daysToAnswerP90', 'daysToAdmissionMedian', 'daysToAdmissionP90', 'daysToStartMedian', 'daysToStartP90', 'pathDaysToExitMedian'],
      type: 'line',
      unit: ' j',
    }),
    await panel(ctx, {
      title: 'Le parcours en entreprise',
      family: 'company',
      groupBy: 'month',
      chartMeasures: ['companyImmersions', 'internships', 'skillsCertificates'],
      type: 'bar',
    }),
  ];
}

export async function prospectionView(ctx) {
  return [
    el('h1', {}, 'La prospection coordonnée des employeurs'),
    await panel(ctx, {
      title: 'Contacts employeurs par réseau et par mois',
      family: 'prospection',
      groupBy: 'month,network',
      chartMeasures: ['contacts'],
      second: 'network',
      type: 'bar',
      stack: true,
    }),
    await panel(ctx, {
      title: 'Actions conjointes et offres par mois',
      family: 'prospection',
      groupBy: 'month',
      chartMeasures: ['jointContacts', 'employersReachedByBoth', 'openingsPublished', 'openingsFilled'],
      type: 'line',
    }),
  ];
}

export async function coverageView(ctx) {
  const territory = ctx.filters.territory || '';
  const byRegion = territory === '' || territory === 'national';
  return [
    el('h1', {}, 'L\'information partagée et la couverture du réseau'),
    await panel(ctx, {
      title: 'Informations collectives par mois',
      family: 'sessions',
      groupBy: 'month',
      chartMeasures: ['held', 'heldInAgency', 'cancelled'],
      type: 'bar',
    }),
    await panel(ctx, {
      title: 'Couverture et appariements, aujourd\'hui',
      family: 'coverage',
      groupBy: byRegion && ctx.steering ? 'region' : undefined,
      period: false,
      chartMeasures: byRegion && ctx.steering ? ['activeSites', 'pairedSites'] : undefined,
      byGroup: byRegion && ctx.steering ? { key: 'region', label: (code) => ctx.regionName(code), measureLabel: (name) => ({ activeSites: 'Sites E2C actifs', pairedSites: 'Sites appariés' })[name] } : undefined,
      type: 'bar',
      horizontal: true,
      intro: 'L\'état du réseau à ce jour : la période choisie ne s\'applique pas.',
    }),
  ];
}
