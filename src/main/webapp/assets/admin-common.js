// Shared by the administration pages: the admin check, calls that need the problem body, form errors.
import { ApiError, NETWORK_ERROR, el, errorMessage, loadUser, show } from './kasus.js';

export const ACTION_TEXT = {
  'account.created': 'Konto skapat',
  'accounts.imported': 'Konton importerade',
  'account.deactivated': 'Konto inaktiverat',
  'account.reactivated': 'Konto aktiverat igen',
  'account.roles-changed': 'Roller ändrade',
  'account.temporary-password': 'Tillfälligt lösenord satt',
  'account.details-changed': 'Uppgifter ändrade',
  'org-unit.created': 'Organisationsenhet skapad',
  'org-unit.renamed': 'Organisationsenhet omdöpt',
  'org-unit.moved': 'Organisationsenhet flyttad',
  'account.password-changed': 'Eget lösenord bytt',
  'lrs-credential.created': 'LRS-nyckel skapad',
  'lrs-credential.revoked': 'LRS-nyckel återkallad',
  CERTIFICATE_REVOKED: 'Återkallade intyg',
  CERTIFICATE_REISSUED: 'Utfärdade nytt intyg',
};

export const ROLE_TEXT = { LEARNER: 'Deltagare', TRAINER: 'Utbildare', ADMIN: 'Administratör' };

export function roleList(roles) {
  return ['ADMIN', 'TRAINER', 'LEARNER'].filter((r) => (roles || []).includes(r)).map((r) => ROLE_TEXT[r]).join(', ');
}

export function dateTime(value) {
  return value ? new Date(value).toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' }) : '–';
}

const ADMINS_ONLY = 'Sidan är bara för administratörer. Om du behöver administrera konton, kontakta en administratör i din organisation.';

function forbidden(content, text) {
  show(content, el('h1', {}, 'Du har inte behörighet'), el('p', {}, text),
    el('p', {}, el('a', { href: '/' }, 'Till Mina kurser')));
}

/**
 * Runs a page's loader for the given roles (administrators by default); anyone else sees a Swedish "no access"
 * page with forbiddenText instead, and a failed call a Swedish error.
 */
export async function adminPage(loader, { roles = ['ADMIN'], forbiddenText = ADMINS_ONLY } = {}) {
  const content = document.getElementById('content');
  try {
    const me = await loadUser();
    if (!roles.some((role) => (me.roles || []).includes(role))) {
      forbidden(content, forbiddenText);
      return;
    }
    await loader(content, me);
  } catch (e) {
    if (e.status === 401) return;
    if (e.type === 'password-change-required') {
      location.assign('/mitt-konto.html?byt=1');
      return;
    }
    if (e.status === 403) {
      forbidden(content, forbiddenText);
      return;
    }
    show(content, el('h1', {}, 'Något gick fel'), errorMessage(e.message),
      el('p', {}, el('a', { href: '/' }, 'Till Mina kurser')));
  }
}

/**
 * Like kasus.js api(), but answers with { status, data } for 4xx responses instead of throwing, so a page
 * can show a problem's violations and report; sends a raw body when contentType is given.
 */
export async function apiCall(path, { method = 'GET', body, contentType } = {}) {
  const headers = { Accept: 'application/json, application/problem+json', 'X-Kasus-Request': '1' };
  let payload;
  if (contentType) {
    headers['Content-Type'] = contentType;
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', cache: 'no-store', body: payload });
  } catch (e) {
    throw new ApiError(NETWORK_ERROR, 0, 'network');
  }
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
  const type = data && data.type ? data.type.split(':').pop() : null;
  if (response.status === 401) {
    const back = encodeURIComponent(location.pathname + location.search);
    location.assign('/logga-in.html?' + (type === 'session-expired' ? 'utgangen=1&' : '') + 'atergang=' + back);
    throw new ApiError('Du behöver logga in.', 401, type || 'unauthenticated');
  }
  if (type === 'password-change-required') {
    location.assign('/mitt-konto.html?byt=1');
    throw new ApiError(data.detail, 403, type);
  }
  if (response.status >= 500 || (!response.ok && !data)) {
    throw new ApiError(data && data.detail ? data.detail : 'Något gick fel. Försök igen om en stund.', response.status, type || 'error');
  }
  return { ok: response.ok, status: response.status, type, data, link: response.headers.get('Link') };
}

/** A labelled field with a slot for its error message, tied by aria-describedby. */
export function field(id, label, input, hint) {
  const described = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' ');
  input.setAttribute('id', id);
  input.setAttribute('aria-describedby', described);
  return el('div', { class: 'field' },
    el('label', { for: id }, label),
    hint ? el('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
    el('p', { class: 'field-error', id: `${id}-error` }),
    input);
}

/** Clears the form's field errors. */
export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((p) => { p.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((i) => i.removeAttribute('aria-invalid'));
}

/** Shows a message by a field and marks it invalid; returns the input so the caller can focus the first one. */
export function fieldError(form, id, message) {
  const input = form.querySelector(`#${id}`);
  const slot = form.querySelector(`#${id}-error`);
  if (!input || !slot) return null;
  slot.textContent = message;
  input.setAttribute('aria-invalid', 'true');
  return input;
}

/** A select of organisational units by path; the first option is {@code empty}. */
export function unitSelect(units, selected, empty) {
  return el('select', {},
    el('option', { value: '' }, empty),
    units.map((u) => el('option', { value: u.id, selected: u.id === selected }, u.path)));
}

/** A one-time password with advice; the copy button uses the clipboard when the browser allows it. */
export function passwordNotice(username, password) {
  const code = el('code', { class: 'password', id: `losen-${username}` }, password);
  const copied = el('span', { class: 'hint', role: 'status' });
  const copy = el('button', {
    type: 'button', class: 'secondary',
    onclick: async () => {
      try {
        await navigator.clipboard.writeText(password);
        copied.textContent = ' Kopierat.';
      } catch (e) {
        const range = document.createRange();
        range.selectNodeContents(code);
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
        copied.textContent = ' Lösenordet är markerat: kopiera med Ctrl+C.';
      }
    },
  }, 'Kopiera lösenordet');
  return el('div', { class: 'message ok one-time' },
    el('p', {}, `Tillfälligt lösenord för ${username}: `, code),
    el('p', {}, 'Lösenordet visas bara nu. Kopiera det och lämna det till personen på ett säkert sätt, till exempel muntligt.'
      + ' Personen måste välja ett eget lösenord vid första inloggningen.'),
    el('p', {}, copy, copied));
}
