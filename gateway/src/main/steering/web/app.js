// The steering page: sign-in, the filters kept in the URL, and the views.
import { startAuth, signIn, signOut, accessToken, claims } from './auth.js';
import { all } from './api.js';
import { el } from './dom.js';
import { disposeCharts, drawCharts } from './charts.js';
import { regionName, ROLES } from './labels.js';
import { funnelView, ratesView, prospectionView, coverageView } from './indicators.js';
import { scorecardView, actionPlanView, reportView } from './steering.js';
import { experimentsView } from './experiments.js';

const VIEWS = {
  parcours: { render: funnelView, title: 'Parcours', period: true },
  taux: { render: ratesView, title: 'Taux et délais', period: true },
  prospection: { render: prospectionView, title: 'Prospection', period: true },
  couverture: { render: coverageView, title: 'Information et couverture', period: true },
  'tableau-de-bord': { render: scorecardView, title: 'Tableau de bord', year: true },
  experimentations: { render: experimentsView, title: 'Expérimentations' },
  'plan-action': { render: actionPlanView, title: 'Plan d\'action', territory: false },
  rapport: { render: reportView, title: 'Rapport annuel', year: true },
};

const $ = (id) => document.getElementById(id);
const ctx = { names: {}, sites: [], agencies: [], ownSites: [], ownAgency: null };

function state() {
  const q = new URLSearchParams(window.location.search);
  const vue = VIEWS[q.get('vue')] ? q.get('vue') : 'parcours';
  return {
    vue,
    from: /^\d{4}-\d{2}$/.test(q.get('du') || '') ? q.get('du') : '',
    to: /^\d{4}-\d{2}$/.test(q.get('au') || '') ? q.get('au') : '',
    territory: q.get('territoire') || '',
    year: /^\d{1,2}$/.test(q.get('annee') || '') ? q.get('annee') : '',
    experiment: q.get('experimentation') || '',
    edit: q.get('modifier') === '1',
  };
}

/** A link to a view keeping the filters (period, territory, year). */
function link(changes) {
  const s = state();
  const q = new URLSearchParams();
  const next = { vue: changes.vue || s.vue };
  q.set('vue', next.vue);
  if (s.from) q.set('du', s.from);
  if (s.to) q.set('au', s.to);
  if (s.territory) q.set('territoire', s.territory);
  if (s.year) q.set('annee', s.year);
  if (changes.experimentation) q.set('experimentation', changes.experimentation);
  if (changes.modifier) q.set('modifier', changes.modifier);
  return `?${q.toString()}`;
}

function navigate(event) {
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.button > 0) {
    return;
  }
  event.preventDefault();
  window.history.pushState(null, '', event.currentTarget.getAttribute('href'));
  render(true);
}

function go(changes, notice) {
  window.history.pushState(null, '', link(changes));
  render(true, notice);
}

function showMessage(text, kind = 'error') {
  const box = $('message');
  box.replaceChildren(el('p', {}, text));
  box.className = `message message--${kind}`;
  box.hidden = !text;
}

async function guard(action) {
  try {
    await action();
  } catch (error) {
    showMessage(error.message || 'Une erreur est survenue.');
  }
}

function territoryName(code) {
  if (!code || code === 'mine') return ctx.steering ? 'national' : 'votre territoire';
  if (code === 'national') return 'national';
  const [kind, value] = code.split(':');
  if (kind === 'region') return regionName(value);
  if (kind === 'department') return `département ${value}`;
  return ctx.names[code] || code;
}

// ---- filters ---------------------------------------------------------------------------------

function option(value, label, selected) {
  return el('option', { value, selected: value === selected }, label);
}

function fillTerritory(territory) {
  const region = $('region');
  const department = $('departement');
  const structure = $('structure');
  let regionCode = '';
  let departmentCode = '';
  const [kind, value] = territory.split(':');
  if (kind === 'region') regionCode = value;
  if (kind === 'department') departmentCode = value;
  const place = kind === 'site' ? ctx.sites.find((s) => s.id === value) : kind === 'agency' ? ctx.agencies.find((a) => a.safir === value) : null;
  if (place) {
    regionCode = place.regionCode;
    departmentCode = place.departmentCode;
  }
  if (departmentCode && !regionCode) {
    const any = ctx.sites.concat(ctx.agencies).find((p) => p.departmentCode === departmentCode);
    regionCode = any ? any.regionCode : '';
  }
  if (!ctx.steering) {
    $('champ-region').hidden = true;
    $('champ-departement').hidden = true;
    const own = ctx.sites.filter((s) => ctx.ownSites.includes(s.id));
    const agencies = ctx.agencies.filter((a) => a.safir === ctx.ownAgency);
    structure.replaceChildren(option('', 'Tout mon territoire', territory),
      ...own.map((s) => option(`site:${s.id}`, s.name, territory)),
      ...agencies.map((a) => option(`agency:${a.safir}`, a.name, territory)));
    return;
  }
  const places = ctx.sites.concat(ctx.agencies);
  const regions = [...new Set(places.map((p) => p.regionCode).filter(Boolean))].sort();
  region.replaceChildren(option('', 'France entière', regionCode), ...regions.map((r) => option(r, regionName(r), regionCode)));
  const departments = [...new Set(places.filter((p) => !regionCode || p.regionCode === regionCode).map((p) => p.departmentCode).filter(Boolean))].sort();
  department.replaceChildren(option('', regionCode ? 'Toute la région' : 'Tous', departmentCode), ...departments.map((d) => option(d, `Département ${d}`, departmentCode)));
  const inArea = (p) => (!regionCode || p.regionCode === regionCode) && (!departmentCode || p.departmentCode === departmentCode);
  structure.replaceChildren(option('', 'Tous', place ? territory : ''),
    el('optgroup', { label: 'Sites E2C' }, ctx.sites.filter(inArea).map((s) => option(`site:${s.id}`, s.name, territory))),
    el('optgroup', { label: 'Agences Pôle emploi' }, ctx.agencies.filter(inArea).map((a) => option(`agency:${a.safir}`, `${a.name} (${a.safir})`, territory))));
}

function chosenTerritory() {
  if ($('structure').value) return $('structure').value;
  if (!ctx.steering) return '';
  if ($('departement').value) return `department:${$('departement').value}`;
  if ($('region').value) return `region:${$('region').value}`;
  return '';
}

function wireFilters() {
  $('region').addEventListener('change', () => {
    fillTerritory($('region').value ? `region:${$('region').value}` : '');
  });
  $('departement').addEventListener('change', () => {
    const d = $('departement').value;
    fillTerritory(d ? `department:${d}` : $('region').value ? `region:${$('region').value}` : '');
  });
  $('filtres').addEventListener('submit', (event) => {
    event.preventDefault();
    const s = state();
    const q = new URLSearchParams();
    q.set('vue', s.vue);
    if ($('du').value) q.set('du', $('du').value);
    if ($('au').value) q.set('au', $('au').value);
    const territory = chosenTerritory();
    if (territory) q.set('territoire', territory);
    if ($('annee').value) q.set('annee', $('annee').value);
    if (s.experiment && s.vue === 'experimentations') q.set('experimentation', s.experiment);
    window.history.pushState(null, '', `?${q.toString()}`);
    render(true);
  });
  $('copier-lien').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      $('lien-copie').textContent = 'Lien copié.';
    } catch (e) {
      $('lien-copie').textContent = `Adresse de cette vue : ${window.location.href}`;
    }
  });
  for (const a of document.querySelectorAll('.main-nav a')) {
    a.addEventListener('click', (event) => {
      a.setAttribute('href', link({ vue: a.dataset.vue }));
      navigate(event);
    });
  }
  window.addEventListener('popstate', () => render(true));
}

// ---- views -----------------------------------------------------------------------------------

let rendering = 0;

async function render(moveFocus, notice) {
  const turn = ++rendering;
  const s = state();
  const view = VIEWS[s.vue];
  Object.assign(ctx, { filters: s });
  document.title = `${view.title} — Pilotage de l'accord-cadre — Passerelle`;
  for (const a of document.querySelectorAll('.main-nav a')) {
    a.setAttribute('href', link({ vue: a.dataset.vue }));
    if (a.dataset.vue === s.vue) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  $('du').value = s.from;
  $('au').value = s.to;
  $('filtres-periode').hidden = !view.period;
  $('filtres-annee').hidden = !view.year;
  $('filtres-territoire').hidden = view.territory === false;
  $('annee').value = s.year;
  fillTerritory(s.territory);
  showMessage(notice || '', 'success');
  $('chargement').textContent = 'Chargement…';
  disposeCharts();
  try {
    const nodes = await view.render(ctx);
    if (turn !== rendering) return;
    $('vue').replaceChildren(...nodes.filter(Boolean));
    drawCharts();
    $('chargement').textContent = '';
  } catch (error) {
    if (turn !== rendering) return;
    $('vue').replaceChildren();
    $('chargement').textContent = '';
    showMessage(error.status === 404
      ? 'Ce territoire ou cet élément ne fait pas partie de votre périmètre.'
      : error.message || 'Les données n\'ont pas pu être chargées.');
  }
  if (moveFocus) {
    const heading = $('vue').querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    } else {
      $('contenu').focus();
    }
  }
}

function showSignIn(errorText) {
  $('vue').replaceChildren(
    el('h1', {}, 'Pilotage de l\'accord-cadre'),
    el('p', {}, 'Les indicateurs du partenariat entre Pôle emploi et les Écoles de la 2e Chance : le parcours des jeunes orientés, la prospection coordonnée, le tableau de bord, les expérimentations et le plan d\'action.'),
    el('p', {}, 'Connectez-vous avec votre compte Passerelle : le pilotage voit tous les territoires, les équipes E2C et les conseillers le leur.'),
    el('p', {}, el('button', { type: 'button', class: 'button', id: 'connexion', onclick: () => guard(signIn) }, 'Se connecter')),
  );
  if (errorText) showMessage(errorText);
}

async function main() {
  let user;
  try {
    user = await startAuth();
  } catch (error) {
    showSignIn(error.message);
    return;
  }
  if (!user) {
    showSignIn();
    return;
  }
  const token = await accessToken();
  const c = claims(token);
  const roles = (c.realm_access && c.realm_access.roles) || [];
  ctx.steering = roles.includes('steering') || roles.includes('admin');
  ctx.mayPropose = ctx.steering || roles.includes('e2c-staff') || roles.includes('pe-advisor');
  ctx.ownSites = Array.isArray(c.e2c_sites) ? c.e2c_sites : c.e2c_sites ? [c.e2c_sites] : [];
  ctx.ownAgency = c.safir || null;
  ctx.link = link;
  ctx.navigate = navigate;
  ctx.go = go;
  ctx.guard = guard;
  ctx.territoryName = territoryName;
  ctx.regionName = regionName;
  const role = roles.map((r) => ROLES[r]).filter(Boolean)[0];
  $('utilisateur-nom').textContent = `${c.preferred_username || (user.profile && user.profile.preferred_username) || ''}${role ? ` (${role})` : ''}`;
  $('utilisateur').hidden = false;
  $('deconnexion').addEventListener('click', () => guard(signOut));
  $('navigation').hidden = false;
  $('filtres').hidden = false;
  const [sites, agencies] = await Promise.all([all('/api/v1/sites'), all('/api/v1/agencies')])
    .catch((error) => {
      showMessage(`La liste des sites et des agences n'a pas pu être chargée (${error.message}) : le choix du territoire se limite à la France entière.`);
      return [[], []];
    });
  ctx.sites = sites.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  ctx.agencies = agencies.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  sites.forEach((s) => { ctx.names[`site:${s.id}`] = s.name; });
  agencies.forEach((a) => { ctx.names[`agency:${a.safir}`] = a.name; });
  $('annee').replaceChildren(option('', 'Année en cours', ''), ...[1, 2, 3].map((y) => option(String(y), `Année ${y}`, '')));
  wireFilters();
  await render(false);
}

main();
