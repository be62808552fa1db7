// Sign-in with Keycloak: authorization code with PKCE (oidc-client-ts), no password through the page.
// The realm and the public client come from the gateway's /steering/config.json.

let manager;

function pageUrl() {
  return `${window.location.origin}/steering/`;
}

export async function startAuth() {
  const response = await fetch('config.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error('La configuration de connexion est indisponible.');
  }
  const config = await response.json();
  const { UserManager, WebStorageStateStore } = window.oidc;
  manager = new UserManager({
    authority: config.realmUrl,
    client_id: config.clientId,
    redirect_uri: pageUrl(),
    post_logout_redirect_uri: pageUrl(),
    response_type: 'code',
    scope: 'openid profile',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
  const query = new URLSearchParams(window.location.search);
  if (query.has('error') && query.has('state')) {
    window.history.replaceState(null, '', pageUrl());
    throw new Error(`La connexion a échoué (${query.get('error')}).`);
  }
  if (query.has('code') && query.has('state')) {
    const user = await manager.signinRedirectCallback();
    const returnTo = user.state && typeof user.state.returnTo === 'string' ? user.state.returnTo : '';
    window.history.replaceState(null, '', pageUrl() + (returnTo.startsWith('?') ? returnTo : ''));
    return user;
  }
  const user = await manager.getUser();
  return user && !user.expired ? user : null;
}

export function signIn() {
  return manager.signinRedirect({ state: { returnTo: window.location.search } });
}

/** Ends the Keycloak session too (end_session with id_token_hint, back to the page). */
export function signOut() {
  return manager.signoutRedirect();
}

export async function accessToken() {
  let user = await manager.getUser();
  if (!user || user.expired) {
    try {
      user = await manager.signinSilent();
    } catch (e) {
      user = null;
    }
  }
  return user ? user.access_token : null;
}

export async function renew() {
  try {
    const user = await manager.signinSilent();
    return user ? user.access_token : null;
  } catch (e) {
    return null;
  }
}

/** The claims of the access token (roles, scope): for what the page offers; the API decides. */
export function claims(token) {
  const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const padded = part + '='.repeat((4 - (part.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}
