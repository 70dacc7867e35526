// Shared helpers for the Kasus pages: API calls, safe DOM building, messages in Swedish.

export const NETWORK_ERROR =
  'Det gick inte att nå Kasus. Kontrollera din internetanslutning och försök igen. Det du redan har gjort är sparat.';

export class ApiError extends Error {
  constructor(message, status, type) {
    super(message);
    this.status = status;
    this.type = type;
  }
}

/** Calls the JSON API. Sends the header that marks page requests (CSRF guard, no browser login pop-up). */
export async function api(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json, application/problem+json', 'X-Kasus-Request': '1' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method, headers, credentials: 'same-origin', cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(NETWORK_ERROR, 0, 'network');
  }
  if (response.status === 401) {
    let type = 'unauthenticated';
    try { type = (await response.json()).type.split(':').pop(); } catch (e) { /* keep default */ }
    const back = encodeURIComponent(location.pathname + location.search);
    location.assign('/logga-in.html?' + (type === 'session-expired' ? 'utgangen=1&' : '') + 'atergang=' + back);
    throw new ApiError('Du behöver logga in.', 401, type);
  }
  const text = await response.text();
  const data = text ? safeJson(text) : null;
  if (response.status === 403 && data && typeof data.type === 'string' && data.type.endsWith('password-change-required')) {
    // A temporary or generated password: nothing else works until the person has chosen a new one.
    if (location.pathname !== '/mitt-konto.html') location.assign('/mitt-konto.html?byt=1');
    throw new ApiError(data.detail || 'Du behöver välja ett nytt lösenord.', 403, 'password-change-required');
  }
  if (!response.ok) {
    const detail = data && data.detail ? data.detail : 'Något gick fel. Försök igen om en stund.';
    throw new ApiError(detail, response.status, data && data.type ? data.type.split(':').pop() : 'error');
  }
  return data;
}

/**
 * The path to return to after login, if it is one of Kasus's own: a path with one leading slash, without
 * backslashes or control characters (browsers read "/\\host" and "/<tab>/host" as another site), that stays
 * on this origin once resolved. Anything else gives null.
 */
export function sameOriginPath(value) {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return null;
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;
  let url;
  try { url = new URL(value, location.origin); } catch (e) { return null; }
  if (url.origin !== location.origin || !url.pathname.startsWith('/') || url.pathname.startsWith('//')) return null;
  return url.pathname + url.search + url.hash;
}

function safeJson(text) {
  try { return JSON.parse(text); } catch (e) { return null; }
}

/** Creates an element; children may be strings (added as text, never as HTML), nodes, arrays or null. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Text with blank lines becomes paragraphs. */
export function paragraphs(text) {
  return (text || '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p) => el('p', {}, p));
}

export function param(name) {
  return new URLSearchParams(location.search).get(name);
}

/** Replaces the content area and moves focus to its first heading, so screen readers start there. */
export function show(container, ...children) {
  container.replaceChildren();
  append(container, children);
  const heading = container.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}

export function errorMessage(message) {
  return el('div', { class: 'message error', role: 'alert' }, message);
}

/** Says something to screen-reader users without moving focus. */
export function announce(text) {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  window.setTimeout(() => { region.textContent = text; }, 50);
}

export function progressBar(id, label, percent) {
  return el('div', { class: 'progress' },
    el('label', { for: id }, label),
    ' ',
    el('progress', { id, max: '100', value: String(percent) }, `${percent} %`),
    el('span', { class: 'hint' }, ` ${percent} % klart`));
}

const STATUS_TEXT = {
  VERIFIED: null,
  CHECK: 'kontrollera aktuell lydelse',
  UNVERIFIED: 'ej verifierad',
};

export function legalReferences(refs) {
  if (!refs || refs.length === 0) return null;
  return el('div', { class: 'refs' },
    el('h3', {}, 'Rättskällor'),
    el('ul', {}, refs.map((r) => el('li', {}, r.citation,
      STATUS_TEXT[r.status] ? el('span', { class: 'status' }, ` (${STATUS_TEXT[r.status]})`) : null))));
}

/** Principle tags, with the kind written out so that colour is never the only cue. */
export function principleTags(label, kind, principles) {
  if (!principles || principles.length === 0) return null;
  return el('p', {}, el('strong', {}, label + ': '),
    principles.map((p) => el('span', { class: `tag ${kind}` }, p.name)));
}

/** Fills the header's user name and wires nothing else: logout is a plain form. */
export async function loadUser() {
  const me = await api('/api/me');
  const slot = document.getElementById('user-name');
  if (slot) slot.textContent = me.displayName;
  showForRoles(me);
  return me;
}

/**
 * Shows the header links that need a role (data-kasus-role="ADMIN") and those for logged-in people
 * (data-kasus-signed-in), hides those for visitors (data-kasus-signed-out). They start hidden in the HTML,
 * so a failed call leaves nothing a person may not use. {@code me} is null for a visitor.
 */
export function showForRoles(me) {
  const roles = me && Array.isArray(me.roles) ? me.roles : [];
  for (const node of document.querySelectorAll('[data-kasus-role]')) {
    node.hidden = !roles.includes(node.getAttribute('data-kasus-role'));
  }
  for (const node of document.querySelectorAll('[data-kasus-signed-in]')) node.hidden = !me;
  for (const node of document.querySelectorAll('[data-kasus-signed-out]')) node.hidden = Boolean(me);
}

/** The logged-in account, or null for a visitor: for public pages, which must not send anyone to the login page. */
export async function optionalUser() {
  try {
    const response = await fetch('/api/me', {
      headers: { Accept: 'application/json', 'X-Kasus-Request': '1' }, credentials: 'same-origin', cache: 'no-store',
    });
    return response.ok ? await response.json() : null;
  } catch (e) {
    return null;
  }
}

/** Runs a page's loader, showing a Swedish message instead of a blank page when something fails. */
export async function page(loader) {
  const content = document.getElementById('content');
  try {
    const me = await loadUser();
    await loader(content, me);
  } catch (e) {
    if (e.status === 401 || e.type === 'password-change-required') return;
    show(content, el('h1', {}, 'Något gick fel'), errorMessage(e.message),
      el('p', {}, el('a', { href: '/' }, 'Till Mina kurser')));
  }
}

/** A bar chart of principle scores in SVG, with a table beside it as its text equivalent. */
export function principleChart(id, principles) {
  if (!principles || principles.length === 0) {
    return el('p', {}, 'Det finns inga poäng per princip ännu.');
  }
  const ns = 'http://www.w3.org/2000/svg';
  const rowHeight = 34;
  const labelWidth = 230;
  const barWidth = 300;
  const height = principles.length * rowHeight + 10;
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${labelWidth + barWidth + 70} ${height}`);
  svg.setAttribute('class', 'chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${id}-title`);
  const title = document.createElementNS(ns, 'title');
  title.setAttribute('id', `${id}-title`);
  title.textContent = 'Stapeldiagram: poäng per princip i procent. Samma uppgifter finns i tabellen under diagrammet.';
  svg.append(title);
  principles.forEach((p, i) => {
    const y = i * rowHeight + 5;
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', '0');
    label.setAttribute('y', String(y + 20));
    label.textContent = p.name;
    const track = document.createElementNS(ns, 'rect');
    track.setAttribute('x', String(labelWidth));
    track.setAttribute('y', String(y + 4));
    track.setAttribute('width', String(barWidth));
    track.setAttribute('height', '22');
    track.setAttribute('fill', '#ffffff');
    track.setAttribute('stroke', '#6b6b6b');
    const bar = document.createElementNS(ns, 'rect');
    bar.setAttribute('x', String(labelWidth));
    bar.setAttribute('y', String(y + 4));
    bar.setAttribute('width', String(Math.round((barWidth * p.percent) / 100)));
    bar.setAttribute('height', '22');
    bar.setAttribute('fill', '#0b4f8a');
    const value = document.createElementNS(ns, 'text');
    value.setAttribute('x', String(labelWidth + barWidth + 8));
    value.setAttribute('y', String(y + 20));
    value.textContent = `${p.percent} %`;
    svg.append(label, track, bar, value);
  });
  const table = el('table', {},
    el('caption', { class: 'hint' }, 'Poäng per princip'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Princip'), el('th', { scope: 'col' }, 'Poäng'),
      el('th', { scope: 'col' }, 'Procent'), el('th', { scope: 'col' }, 'Följde'), el('th', { scope: 'col' }, 'Bröt mot'))),
    el('tbody', {}, principles.map((p) => el('tr', {},
      el('th', { scope: 'row' }, p.name), el('td', {}, `${p.earned} av ${p.possible}`), el('td', {}, `${p.percent} %`),
      el('td', {}, String(p.honoured)), el('td', {}, String(p.violated))))));
  return el('div', {}, el('figure', { class: 'chart-figure' }, svg), el('div', { class: 'table-wrap' }, table));
}
