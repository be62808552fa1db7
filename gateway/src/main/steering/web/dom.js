// Small helpers to build the page from nodes (no markup from data, nothing inline).

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name === 'class') {
      node.className = value;
    } else if (name === 'text') {
      node.textContent = value;
    } else if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (value === true) {
      node.setAttribute(name, '');
    } else {
      node.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

let ids = 0;
export function uid(prefix) {
  ids += 1;
  return `${prefix}-${ids}`;
}

const integer = new Intl.NumberFormat('fr-FR');
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/**
 * A cell as the API says it is shown: `<5` and `s` as such (never zero), a rate in percent, days
 * with one decimal. Answers a node (an abbreviation explains the protected ones).
 */
export function shownValue(value, kind) {
  if (!value) {
    return document.createTextNode('—');
  }
  if (value.status === 'SMALL_COUNT') {
    return el('abbr', { title: 'moins de 5 : effectif protégé (secret statistique)' }, value.shown || '<5');
  }
  if (value.status === 'WITHHELD') {
    return el('abbr', { title: 'secret statistique : calculé sur moins de 5 personnes' }, value.shown || 's');
  }
  if (value.status === 'UNDEFINED' || value.value === undefined || value.value === null) {
    return el('span', { title: 'sans objet' }, '—');
  }
  return document.createTextNode(formatNumber(Number(value.value), kind));
}

export function formatNumber(number, kind) {
  if (kind === 'RATE') {
    return percent.format(number);
  }
  if (kind === 'DAYS') {
    return decimal.format(number);
  }
  return integer.format(number);
}

/** The number a chart draws: only a value shown as such; protected or meaningless ones are gaps. */
export function plotted(value, kind) {
  if (!value || value.status !== 'VALUE' || value.value === undefined || value.value === null) {
    return null;
  }
  const number = Number(value.value);
  return kind === 'RATE' ? Math.round(number * 1000) / 10 : number;
}

const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export function formatDate(isoDate) {
  if (!isoDate) {
    return '—';
  }
  return dateFormat.format(new Date(`${isoDate.substring(0, 10)}T00:00:00Z`));
}
