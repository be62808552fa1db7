// The register of local experiments: list, detail with its comparison, proposal and update by the
// territory (E2C staff, advisors), review by steering.
import { get, all, request, ApiError } from './api.js';
import { el, uid, shownValue, plotted, formatDate } from './dom.js';
import { chart } from './charts.js';
import { EXPERIMENT_STATUS, NEXT_STATUS, OBJECTIVES, COMPARISON_SIDES, comparisonLabel } from './labels.js';

function territoryText(ctx, territory) {
  const parts = [];
  (territory.departmentCodes || []).forEach((d) => parts.push(`département ${d}`));
  (territory.siteIds || []).forEach((s) => parts.push(ctx.names[`site:${s}`] || `site ${s}`));
  (territory.agencySafirs || []).forEach((a) => parts.push(ctx.names[`agency:${a}`] || `agence ${a}`));
  return parts.join(', ') || '—';
}

function statusBadge(status) {
  return el('span', { class: `badge badge--${status.toLowerCase()}` }, EXPERIMENT_STATUS[status] || status);
}

function experimentsTable(ctx, items, caption) {
  return el('div', { class: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
    el('table', { class: 'data-table' },
      el('caption', { class: 'visually-hidden' }, caption),
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, 'Expérimentation'),
        el('th', { scope: 'col' }, 'Territoire'),
        el('th', { scope: 'col' }, 'Période'),
        el('th', { scope: 'col' }, 'Objectifs'),
        el('th', { scope: 'col' }, 'État'))),
      el('tbody', {}, items.length ? items.map((x) => el('tr', {},
        el('th', { scope: 'row' }, el('a', { href: ctx.link({ vue: 'experimentations', experimentation: x.id }), onclick: ctx.navigate }, x.title)),
        el('td', {}, territoryText(ctx, x.territory)),
        el('td', {}, `du ${formatDate(x.startsOn)} au ${formatDate(x.endsOn)}`),
        el('td', {}, (x.objectives || []).map((o) => OBJECTIVES[o] || o).join(', ')),
        el('td', {}, statusBadge(x.status)))) : el('tr', {}, el('td', { colspan: 5 }, 'Aucune expérimentation sur ce territoire.')))));
}

export async function experimentsView(ctx) {
  if (ctx.filters.experiment === 'nouvelle') {
    return [el('h1', {}, 'Proposer une expérimentation'), experimentForm(ctx, null, null)];
  }
  if (ctx.filters.experiment) {
    return experimentDetail(ctx, ctx.filters.experiment);
  }
  const items = await all('/api/v1/experiments');
  return [
    el('h1', {}, 'Les expérimentations des territoires'),
    ctx.mayPropose ? el('p', {}, el('a', { class: 'button', href: ctx.link({ vue: 'experimentations', experimentation: 'nouvelle' }), onclick: ctx.navigate }, 'Proposer une expérimentation')) : null,
    experimentsTable(ctx, items, 'Expérimentations : titre, territoire, période, objectifs et état'),
  ];
}

function comparisonNodes(ctx, comparison, title) {
  const kinds = Object.fromEntries(comparison.measures.map((m) => [m.name, m.kind]));
  const sides = comparison.sides;
  const rates = comparison.measures.filter((m) => m.kind === 'RATE').map((m) => m.name);
  const captionId = uid('comparaison');
  const figure = rates.length ? el('figure', { class: 'figure' },
    chart({
      label: `${title} : taux comparés, ${sides.map((s) => COMPARISON_SIDES[s.name] || s.name).join(', ')}`,
      categories: rates.map(comparisonLabel),
      series: sides.map((side) => ({
        name: COMPARISON_SIDES[side.name] || side.name,
        data: rates.map((name) => plotted(side.values.find((v) => v.name === name), 'RATE')),
      })),
      type: 'bar',
      unit: ' %',
      horizontal: true,
    }),
    el('figcaption', {}, `${title} : taux comparés (les nombres sont dans le tableau qui suit)`)) : null;
  const table = el('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': captionId, tabindex: '0' },
    el('table', { class: 'data-table' },
      el('caption', { id: captionId }, `${title} : du ${formatDate(comparison.from)} au ${formatDate(comparison.to)}`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Indicateur'),
        sides.map((s) => el('th', { scope: 'col' }, COMPARISON_SIDES[s.name] || s.name)))),
      el('tbody', {}, comparison.measures.map((m) => el('tr', {},
        el('th', { scope: 'row', title: m.description }, comparisonLabel(m.name)),
        sides.map((s) => el('td', { class: 'number' }, shownValue(s.values.find((v) => v.name === m.name), kinds[m.name]))))))));
  return [figure, table];
}

async function experimentDetail(ctx, id) {
  const { body: x, etag } = await request(`/api/v1/experiments/${encodeURIComponent(id)}`);
  if (ctx.filters.edit) {
    return [el('h1', {}, `Modifier « ${x.title} »`), experimentForm(ctx, x, etag)];
  }
  const comparison = await get(`/api/v1/experiments/${encodeURIComponent(id)}/comparison`);
  const dl = el('dl', { class: 'facts' },
    fact('État', statusBadge(x.status)),
    fact('Territoire', territoryText(ctx, x.territory)),
    fact('Période', `du ${formatDate(x.startsOn)} au ${formatDate(x.endsOn)}`),
    fact('Objectifs', (x.objectives || []).map((o) => OBJECTIVES[o] || o).join(', ')),
    fact('Partenaires', (x.partners || []).join(', ') || '—'),
    fact('Responsable', x.responsible),
    fact('Notes d\'évaluation', x.evaluationNotes || '—'),
    x.reviewNote ? fact('Avis du pilotage', x.reviewNote) : null);
  const nodes = [
    el('p', {}, el('a', { href: ctx.link({ vue: 'experimentations' }), onclick: ctx.navigate }, '← Toutes les expérimentations')),
    el('h1', {}, x.title),
    el('p', { class: 'lead' }, x.description),
    dl,
  ];
  if (ctx.mayPropose) {
    nodes.push(el('p', {}, el('a', { class: 'button button--secondary', href: ctx.link({ vue: 'experimentations', experimentation: x.id, modifier: '1' }), onclick: ctx.navigate }, 'Modifier cette expérimentation')));
  }
  if (ctx.steering && (NEXT_STATUS[x.status] || []).length) {
    nodes.push(reviewForm(ctx, x, etag));
  }
  const headingId = uid('titre');
  nodes.push(el('section', { class: 'panel', 'aria-labelledby': headingId },
    el('h2', { id: headingId }, 'Ses indicateurs, comparés'),
    el('p', { class: 'hint' }, 'Son territoire sur sa période, à côté du reste du pays sur les mêmes jours et de son propre territoire un an avant.'),
    el('div', { class: 'panel__body' }, comparisonNodes(ctx, comparison, 'Comparaison'))));
  return nodes;
}

function fact(term, ...description) {
  return el('div', { class: 'facts__item' }, el('dt', {}, term), el('dd', {}, ...description));
}

function problemList(error) {
  const items = (error.problem && error.problem.errors) || [];
  return el('div', { class: 'message message--error', role: 'alert', tabindex: '-1' },
    el('p', {}, error instanceof ApiError ? error.message : 'L\'enregistrement a échoué.'),
    items.length ? el('ul', {}, items.map((e) => el('li', {}, `${e.field || e.pointer || ''} : ${e.detail || e.message || ''}`))) : null);
}

function reviewForm(ctx, x, etag) {
  const result = el('div');
  const select = el('select', { id: 'revue-etat', name: 'status', required: true },
    NEXT_STATUS[x.status].map((s) => el('option', { value: s }, EXPERIMENT_STATUS[s])));
  const note = el('textarea', { id: 'revue-note', name: 'note', maxlength: '1000', rows: '3' });
  const form = el('form', { class: 'panel form', 'aria-labelledby': 'revue-titre' },
    el('h2', { id: 'revue-titre' }, 'Avis du pilotage'),
    el('div', { class: 'field' }, el('label', { for: 'revue-etat' }, 'Nouvel état'), select),
    el('div', { class: 'field' }, el('label', { for: 'revue-note' }, 'Avis (facultatif, 1 000 caractères au plus)'), note),
    result,
    el('button', { type: 'submit', class: 'button' }, 'Enregistrer l\'avis'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    result.replaceChildren();
    try {
      await request(`/api/v1/experiments/${encodeURIComponent(x.id)}/status`, {
        method: 'POST',
        headers: etag ? { 'If-Match': etag } : {},
        json: { status: select.value, note: note.value.trim() || undefined },
      });
      ctx.go({ vue: 'experimentations', experimentation: x.id }, 'L\'avis est enregistré.');
    } catch (error) {
      const box = problemList(error);
      result.append(box);
      box.focus();
    }
  });
  return form;
}

/** Proposal (x null) or update (x with its ETag, sent as If-Match). */
function experimentForm(ctx, x, etag) {
  const v = x || { territory: { departmentCodes: [], siteIds: [], agencySafirs: [] }, partners: [], objectives: [] };
  const input = (id, label, attrs, hint) => el('div', { class: 'field' },
    el('label', { for: id }, label, hint ? el('span', { class: 'hint block', id: `${id}-aide` }, hint) : null),
    el(attrs.tag || 'input', { id, name: id, 'aria-describedby': hint ? `${id}-aide` : undefined, ...attrs, tag: undefined }));
  const title = input('x-titre', 'Titre', { required: true, maxlength: '200', value: v.title || '' });
  const description = input('x-description', 'Description', { tag: 'textarea', required: true, maxlength: '4000', rows: '5' });
  description.querySelector('textarea').value = v.description || '';
  const responsible = input('x-responsable', 'Responsable', { required: true, maxlength: '200', value: v.responsible || '' }, 'Une fonction (« chargée de mission partenariat de l\'E2C »), jamais un nom, une adresse électronique ou un téléphone.');
  const partners = input('x-partenaires', 'Partenaires', { tag: 'textarea', rows: '3' }, 'Un par ligne.');
  partners.querySelector('textarea').value = (v.partners || []).join('\n');
  const starts = input('x-debut', 'Premier jour', { type: 'date', required: true, value: v.startsOn || '' });
  const ends = input('x-fin', 'Dernier jour', { type: 'date', required: true, value: v.endsOn || '' });
  const notes = input('x-notes', 'Notes d\'évaluation', { tag: 'textarea', maxlength: '4000', rows: '3' });
  notes.querySelector('textarea').value = v.evaluationNotes || '';
  const objectives = el('fieldset', { class: 'field' }, el('legend', {}, 'Objectifs pour le jeune (un au moins)'),
    Object.entries(OBJECTIVES).map(([code, label]) => el('div', { class: 'check' },
      el('input', { type: 'checkbox', id: `x-objectif-${code}`, name: 'objectives', value: code, checked: (v.objectives || []).includes(code) }),
      el('label', { for: `x-objectif-${code}` }, label))));
  const territory = territoryFields(ctx, v.territory);
  const result = el('div');
  const form = el('form', { class: 'panel form', novalidate: false },
    el('p', { class: 'hint' }, 'Les champs sont obligatoires sauf mention contraire.'),
    title, description, territory.node, partners, responsible, starts, ends, objectives, notes, result,
    el('p', {}, el('button', { type: 'submit', class: 'button' }, x ? 'Enregistrer les modifications' : 'Proposer'),
      ' ', el('a', { href: ctx.link({ vue: 'experimentations', experimentation: x ? x.id : undefined }), onclick: ctx.navigate }, 'Annuler')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    result.replaceChildren();
    const body = {
      title: form.querySelector('#x-titre').value.trim(),
      description: form.querySelector('#x-description').value.trim(),
      territory: territory.value(),
      partners: form.querySelector('#x-partenaires').value.split('\n').map((p) => p.trim()).filter(Boolean),
      responsible: form.querySelector('#x-responsable').value.trim(),
      startsOn: form.querySelector('#x-debut').value,
      endsOn: form.querySelector('#x-fin').value,
      objectives: [...form.querySelectorAll('input[name=objectives]:checked')].map((c) => c.value),
      evaluationNotes: form.querySelector('#x-notes').value.trim() || undefined,
    };
    try {
      const answer = x
        ? await request(`/api/v1/experiments/${encodeURIComponent(x.id)}`, { method: 'PUT', headers: { 'If-Match': etag }, json: body })
        : await request('/api/v1/experiments', { method: 'POST', json: body });
      const id = answer.body && answer.body.id ? answer.body.id : x && x.id;
      ctx.go({ vue: 'experimentations', experimentation: id }, x ? 'Les modifications sont enregistrées.' : 'L\'expérimentation est proposée.');
    } catch (error) {
      const box = problemList(error);
      result.append(box);
      box.focus();
    }
  });
  return form;
}

/** Own sites or agency as boxes to tick; steering names departments, sites and agencies. */
function territoryFields(ctx, current) {
  const sites = ctx.steering ? ctx.sites : ctx.sites.filter((s) => ctx.ownSites.includes(s.id));
  const agencies = ctx.steering ? ctx.agencies : ctx.agencies.filter((a) => a.safir === ctx.ownAgency);
  const boxes = (kind, list, key, label, chosen) => list.map((item) => el('div', { class: 'check' },
    el('input', { type: 'checkbox', id: `x-${kind}-${item[key]}`, name: kind, value: item[key], checked: chosen.includes(item[key]) }),
    el('label', { for: `x-${kind}-${item[key]}` }, label(item))));
  const departments = ctx.steering ? el('div', { class: 'field' },
    el('label', { for: 'x-departements' }, 'Départements (facultatif)', el('span', { class: 'hint block', id: 'x-departements-aide' }, 'Codes séparés par des virgules, par exemple 59, 62.')),
    el('input', { id: 'x-departements', 'aria-describedby': 'x-departements-aide', value: (current.departmentCodes || []).join(', ') })) : null;
  const node = el('fieldset', { class: 'field territory-choice' }, el('legend', {}, 'Territoire (un lieu au moins)'),
    departments,
    sites.length ? el('fieldset', {}, el('legend', {}, 'Sites E2C'), boxes('site', sites, 'id', (s) => s.name, current.siteIds || [])) : null,
    agencies.length ? el('fieldset', {}, el('legend', {}, 'Agences Pôle emploi'), boxes('agency', agencies, 'safir', (a) => `${a.name} (${a.safir})`, current.agencySafirs || [])) : null);
  return {
    node,
    value: () => ({
      departmentCodes: departments ? node.querySelector('#x-departements').value.split(',').map((d) => d.trim()).filter(Boolean) : current.departmentCodes || [],
      siteIds: [...node.querySelectorAll('input[name=site]:checked')].map((c) => c.value),
      agencySafirs: [...node.querySelectorAll('input[name=agency]:checked')].map((c) => c.value),
    }),
  };
}

/** For the report: every experiment of the territory with its comparison table. */
export async function experimentsForReport(ctx) {
  const items = await all('/api/v1/experiments');
  const nodes = [experimentsTable(ctx, items, 'Expérimentations de l\'année : titre, territoire, période, objectifs et état')];
  for (const x of items) {
    const comparison = await get(`/api/v1/experiments/${encodeURIComponent(x.id)}/comparison`);
    const id = uid('experimentation');
    nodes.push(el('section', { class: 'panel report-experiment', 'aria-labelledby': id },
      el('h3', { id }, x.title),
      el('p', {}, `${EXPERIMENT_STATUS[x.status] || x.status} — ${territoryText(ctx, x.territory)} — du ${formatDate(x.startsOn)} au ${formatDate(x.endsOn)}.`),
      x.evaluationNotes ? el('p', {}, `Évaluation : ${x.evaluationNotes}`) : null,
      comparisonNodes(ctx, comparison, `Indicateurs de « ${x.title} »`)[1]));
  }
  return nodes;
}
