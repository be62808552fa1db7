// The API through the gateway (same origin), with the bearer token of the person signed in.
import { accessToken, renew } from './auth.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && (problem.detail || problem.title) ? problem.detail || problem.title : `Erreur ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

async function send(path, options, token) {
  const headers = new Headers(options.headers || {});
  headers.set('Authorization', `Bearer ${token}`);
  if (!headers.has('Accept')) {
    headers.set('Accept', 'application/json');
  }
  let body;
  if (options.json !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(options.json);
  }
  return fetch(path, { method: options.method || 'GET', headers, body, cache: 'no-store' });
}

/** Answers {body, etag, response}; a problem becomes an ApiError. */
export async function request(path, options = {}) {
  let token = await accessToken();
  if (!token) {
    throw new ApiError(401, { detail: 'Votre session a expiré : reconnectez-vous.' });
  }
  let response = await send(path, options, token);
  if (response.status === 401) {
    token = await renew();
    if (!token) {
      throw new ApiError(401, { detail: 'Votre session a expiré : reconnectez-vous.' });
    }
    response = await send(path, options, token);
  }
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    const problem = type.includes('json') ? await response.json().catch(() => ({})) : {};
    throw new ApiError(response.status, problem);
  }
  if (options.raw) {
    return { response };
  }
  const body = response.status === 204 || !type.includes('json') ? null : await response.json();
  return { body, etag: response.headers.get('ETag'), response };
}

export async function get(path) {
  return (await request(path)).body;
}

/** Every item of a cursor-paginated collection (at most `pages` pages of 100). */
export async function all(path, pages = 20) {
  const items = [];
  let cursor = null;
  for (let page = 0; page < pages; page += 1) {
    const separator = path.includes('?') ? '&' : '?';
    const url = `${path}${separator}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const body = await get(url);
    items.push(...(body.items || []));
    cursor = body.nextCursor;
    if (!cursor) {
      break;
    }
  }
  return items;
}

/**
 * Downloads what a table shows, as the API's CSV (`?format=csv`, with the token), saved through a
 * Blob link: the file a spreadsheet opens is the API's own.
 */
export async function downloadCsv(path, filename) {
  const separator = path.includes('?') ? '&' : '?';
  const { response } = await request(`${path}${separator}format=csv`, {
    headers: { Accept: 'text/csv' },
    raw: true,
  });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
