// Shared helpers for the Kasus pages: API calls, safe DOM building, messages in Swedish.

export const NETWORK_ERROR =
  'Det gick inte att nå Kasus. Kontrollera din internetanslutning och försök igen. Det du redan har gjort är sparat.';

export class ApiError extends Error {
  constructor(message, status, type, violations = []) {
    super(message);
    this.status = status;
    this.type = type;
    this.violations = violations;
  }

  /** The server's own message for one field of a rejected request (problem+json "violations"), or null. */
  violation(field) {
    const found = this.violations.find((v) => v && v.field === field && typeof v.message === 'string');
    return found ? found.message : null;
  }
}

// sessionStorage keys: the page to return to after login, and "this tab logged out on purpose".
const RETURN_KEY = 'kasus.atergang';
const LOGGED_OUT_KEY = 'kasus.utloggad';

/** Called when the person presses "Logga ut": forget where they were, so the next login in this tab starts afresh. */
export function forgetReturnAddress() {
  sessionStorage.removeItem(RETURN_KEY);
  sessionStorage.setItem(LOGGED_OUT_KEY, '1');
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
    if (sessionStorage.getItem(LOGGED_OUT_KEY) === '1') {
      // Back or a bookmark after an explicit logout: say so, and remember nothing of the previous person's page.
      location.assign('/logga-in.html?utloggad=1');
    } else {
      const back = encodeURIComponent(location.pathname + location.search);
      location.assign('/logga-in.html?' + (type === 'session-expired' ? 'utgangen=1&' : '') + 'atergang=' + back);
    }
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
    const violations = data && Array.isArray(data.violations) ? data.violations : [];
    throw new ApiError(detail, response.status, data && data.type ? data.type.split(':').pop() : 'error', violations);
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

/**
 * Keeps a number with its unit or its paragraph sign on one line: "70 %", "17 §", "1 kap. 9 §", "(2017:900)"
 * stays with nothing, but "17 § förvaltningslagen" may still break after the sign.
 */
export function nbsp(text) {
  if (text === null || text === undefined) return text;
  return String(text).replace(/(\d) (%|§|kap\.)/g, '$1\u00a0$2');
}

/** The tags trainers' Markdown may become (the server's SafeMarkdown allow-list). */
const MARKUP = new Set(['P', 'BR', 'EM', 'STRONG', 'CODE', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'A']);
/** Elements whose content is code or embedded documents, not text: left out whole. Others become their text. */
const DROPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH']);

/**
 * Trainers' text as the server rendered and sanitised it ({@code ...Html} fields). Parsed in an inert document
 * (nothing runs or loads there) and copied node by node with el(): only the allow-listed tags, no attributes but
 * an http(s)/mailto href, so even HTML the server let through by mistake cannot run here. {@code lead} (e.g. a
 * label) goes at the start of the first paragraph.
 */
export function markdown(html, lead = null) {
  const doc = new DOMParser().parseFromString(html || '', 'text/html');
  const nodes = [...doc.body.childNodes].filter((n) => !(n.nodeType === Node.TEXT_NODE && !n.textContent.trim()))
    .map(safeCopy).filter(Boolean);
  if (lead) {
    const first = nodes.find((n) => n.nodeName === 'P');
    if (first) first.prepend(lead);
    else nodes.unshift(el('p', {}, lead));
  }
  return nodes;
}

function safeCopy(node) {
  if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(nbsp(node.textContent));
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  if (DROPPED.has(node.tagName)) return null;
  if (!MARKUP.has(node.tagName)) return document.createTextNode(node.textContent);
  const attrs = {};
  if (node.tagName === 'A') {
    const href = node.getAttribute('href') || '';
    if (!/^(https?:|mailto:)/i.test(href)) return document.createTextNode(node.textContent);
    attrs.href = href;
    attrs.rel = 'nofollow noopener noreferrer';
  }
  return el(node.tagName.toLowerCase(), attrs, [...node.childNodes].map(safeCopy).filter(Boolean));
}

/** Text with blank lines becomes paragraphs. */
export function paragraphs(text) {
  return (text || '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p) => el('p', {}, nbsp(p)));
}

/** A page parameter; null when it is missing, empty or the text "undefined" or "null" from a broken link. */
export function param(name) {
  const value = new URLSearchParams(location.search).get(name);
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' || trimmed === 'undefined' || trimmed === 'null' ? null : trimmed;
}

/** A page opened without the id it needs (a broken or shortened link): a plain message instead of a server error. */
export class MissingParameter extends Error {
  constructor(message) {
    super(message);
    this.status = 0;
    this.type = 'missing-parameter';
  }
}

/** The page parameter, or a MissingParameter error with {@code message} when the link lacks it. */
export function requiredParam(name, message) {
  const value = param(name);
  if (value === null) throw new MissingParameter(message);
  return value;
}

let shownBefore = false;

/**
 * Replaces the content area. After the first time on a page (an update the person asked for), focus moves to
 * the first heading so screen readers start there; on the first render focus stays at the top of the page, so
 * the skip link remains the first Tab stop.
 */
export function show(container, ...children) {
  container.replaceChildren();
  append(container, children);
  const heading = container.querySelector('h1');
  if (heading) heading.setAttribute('tabindex', '-1');
  if (heading && shownBefore) heading.focus();
  shownBefore = true;
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
    el('progress', { id, max: '100', value: String(percent) }, `${percent}\u00a0%`),
    el('span', { class: 'hint' }, `${percent}\u00a0% klart`));
}

/**
 * Sources of a feedback, an explanation or a whole case: laws, judgments and guidance documents alike, hence
 * "Källor". Learners see the citation and, when an editor has reviewed it, the review date; the reference's
 * status (verified or to check) is for trainers and never shown here.
 */
export function legalReferences(refs, heading = 'Källor', level = 'h3') {
  if (!refs || refs.length === 0) return null;
  return el('div', { class: 'refs' },
    el(level, {}, heading),
    el('ul', {}, refs.map((r) => el('li', {}, nbsp(r.citation),
      r.lastReviewed ? el('span', { class: 'hint' }, ` (senast granskad ${r.lastReviewed})`) : null))));
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
  sessionStorage.removeItem(LOGGED_OUT_KEY);
  for (const form of document.querySelectorAll('form[action="/logout"]')) {
    form.addEventListener('submit', forgetReturnAddress);
  }
  showForRoles(me);
  return me;
}

/**
 * Shows the header links that need one of a list of roles (data-kasus-role="ADMIN" or "TRAINER ADMIN") and those for logged-in people
 * (data-kasus-signed-in), hides those for visitors (data-kasus-signed-out). They start hidden in the HTML,
 * so a failed call leaves nothing a person may not use. {@code me} is null for a visitor.
 */
export function showForRoles(me) {
  const roles = me && Array.isArray(me.roles) ? me.roles : [];
  for (const node of document.querySelectorAll('[data-kasus-role]')) {
    node.hidden = !node.getAttribute('data-kasus-role').split(' ').some((role) => roles.includes(role));
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

// A page restored from the back-forward cache after a logout would still show the previous person's data:
// load it again, which sends a logged-out visitor to the login page.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) location.reload();
});

/** Runs a page's loader, showing a Swedish message instead of a blank page when something fails. */
export async function page(loader) {
  const content = document.getElementById('content');
  try {
    const me = await loadUser();
    await loader(content, me);
  } catch (e) {
    if (e.status === 401 || e.type === 'password-change-required') return;
    if (e instanceof MissingParameter) {
      show(content, el('h1', {}, 'Sidan saknar uppgifter'), errorMessage(e.message),
        el('p', {}, el('a', { href: '/' }, 'Till Mina kurser')));
      return;
    }
    if (e.status === 404) {
      // The API's "Försök med id … finns inte." names an internal id; the learner needs to know what to do.
      show(content, el('h1', {}, 'Det finns inte här'),
        errorMessage('Det du försökte öppna finns inte, eller så hör det till någon annan. Länken kan vara fel eller gammal.'),
        el('p', {}, el('a', { href: '/' }, 'Till Mina kurser')));
      return;
    }
    show(content, el('h1', {}, 'Något gick fel'), errorMessage(e.message),
      el('p', {}, el('a', { href: '/' }, 'Till Mina kurser')));
  }
}

/**
 * A bar chart of principle scores in SVG, with a table beside it as its text equivalent. The chart has no
 * viewBox: its lengths are in em and percent, so its text stays at the body size at every width instead of
 * shrinking with the drawing; each principle's name and percent sit on their own line above its bar.
 */
export function principleChart(id, principles) {
  if (!principles || principles.length === 0) {
    return el('p', {}, 'Det finns inga poäng per princip ännu.');
  }
  const ns = 'http://www.w3.org/2000/svg';
  const row = 3.2;
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '100%');
  svg.setAttribute('height', `${principles.length * row + 0.3}em`);
  svg.setAttribute('class', 'chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${id}-title`);
  const title = document.createElementNS(ns, 'title');
  title.setAttribute('id', `${id}-title`);
  title.textContent = 'Stapeldiagram: poäng per princip i procent. Samma uppgifter finns i tabellen under diagrammet.';
  svg.append(title);
  const rect = (y, width, fill) => {
    const r = document.createElementNS(ns, 'rect');
    r.setAttribute('x', '1');
    r.setAttribute('y', `${y}em`);
    r.setAttribute('width', width);
    r.setAttribute('height', '1.1em');
    r.setAttribute('fill', fill);
    return r;
  };
  principles.forEach((p, i) => {
    const top = i * row;
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', '0');
    label.setAttribute('y', `${top + 1.1}em`);
    label.textContent = `${p.name}: ${p.percent}\u00a0%`;
    const track = rect(top + 1.6, '98%', '#ffffff');
    track.setAttribute('stroke', '#6b6b6b');
    const bar = rect(top + 1.6, `${(98 * p.percent) / 100}%`, '#0b4f8a');
    svg.append(label, track, bar);
  });
  const table = el('table', { class: 'stack' },
    el('caption', { class: 'hint' }, 'Poäng per princip'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Princip'), el('th', { scope: 'col' }, 'Poäng'),
      el('th', { scope: 'col' }, 'Procent'), el('th', { scope: 'col' }, 'Följde'), el('th', { scope: 'col' }, 'Bröt mot'))),
    el('tbody', {}, principles.map((p) => el('tr', {},
      el('th', { scope: 'row' }, p.name), el('td', { 'data-label': 'Poäng' }, `${p.earned} av ${p.possible}`),
      el('td', { 'data-label': 'Procent' }, `${p.percent}\u00a0%`),
      el('td', { 'data-label': 'Följde' }, String(p.honoured)), el('td', { 'data-label': 'Bröt mot' }, String(p.violated))))));
  return el('div', {}, el('figure', { class: 'chart-figure' }, svg), el('div', { class: 'table-wrap' }, table));
}

/** "Modul 2": learners see the module's place in the course, never its code (M2). */
export function moduleName(enrollment, moduleId) {
  const index = enrollment.modules.findIndex((m) => m.moduleId === moduleId);
  return index < 0 ? 'modulen' : `modul ${index + 1}`;
}

function started(enrollment) {
  return enrollment.modules.some((m) => m.cases.some((c) => c.status !== 'NOT_STARTED')
    || m.quiz.openAttemptId || (m.quiz.bestPercent !== null && m.quiz.bestPercent !== undefined));
}

/**
 * The one primary action from the enrolment's {@code next} (Views.NextStepView): "Börja" for a learner who has
 * done nothing yet, "Fortsätt" otherwise, followed by what it leads to. Starting a case or a quiz is a POST, so
 * those are buttons; the others are links.
 */
export function nextStepAction(enrollment, { id = 'next-step' } = {}) {
  const next = enrollment.next;
  if (!next) return null;
  const verb = started(enrollment) ? 'Fortsätt' : 'Börja';
  const module = moduleName(enrollment, next.moduleId);
  switch (next.kind) {
    case 'CONTINUE_CASE':
      return el('a', { class: 'button primary-action', id, href: `/fall.html?forsok=${encodeURIComponent(next.attemptId)}` },
        `Fortsätt med fallet ${next.caseTitle}`);
    case 'START_CASE':
      return postButton(id, `${verb} med fallet ${next.caseTitle}`, async () => {
        const attempt = await api(`/api/enrollments/${encodeURIComponent(enrollment.enrollmentId)}/cases/${encodeURIComponent(next.caseId)}/attempt`, { method: 'POST' });
        location.assign(`/fall.html?forsok=${encodeURIComponent(attempt.attemptId)}`);
      });
    case 'CONTINUE_QUIZ':
      return el('a', { class: 'button primary-action', id, href: `/test.html?forsok=${encodeURIComponent(next.quizAttemptId)}` },
        `Fortsätt med kunskapstestet för ${module}`);
    case 'START_QUIZ':
    case 'RETAKE_QUIZ':
      return postButton(id, next.kind === 'START_QUIZ' ? `${verb} med kunskapstestet för ${module}` : `Gör om kunskapstestet för ${module}`, async () => {
        const quiz = await api(`/api/enrollments/${encodeURIComponent(enrollment.enrollmentId)}/modules/${encodeURIComponent(next.moduleId)}/quiz`, { method: 'POST' });
        location.assign(`/test.html?forsok=${encodeURIComponent(quiz.quizAttemptId)}`);
      });
    case 'REPLAY_CASE':
      return postButton(id, `Spela fallet ${next.caseTitle} igen för att få fler poäng i ${module}`, async () => {
        const attempt = await api(`/api/enrollments/${encodeURIComponent(enrollment.enrollmentId)}/cases/${encodeURIComponent(next.caseId)}/attempts`, { method: 'POST' });
        location.assign(`/fall.html?forsok=${encodeURIComponent(attempt.attemptId)}`);
      });
    case 'COURSE_COMPLETE':
      return el('a', { class: 'button primary-action', id, href: '/mina-intyg.html' }, 'Se ditt intyg under Mina intyg');
    default:
      return el('a', { class: 'button primary-action', id, href: `/kurs.html?id=${encodeURIComponent(enrollment.enrollmentId)}` }, 'Till kursöversikten');
  }
}

function postButton(id, label, action) {
  const status = el('div', {});
  const button = el('button', { type: 'button', class: 'primary-action', id }, label);
  let sending = false;
  button.addEventListener('click', async () => {
    if (sending) return;
    sending = true;
    button.setAttribute('aria-disabled', 'true');
    try {
      await action();
    } catch (e) {
      sending = false;
      button.removeAttribute('aria-disabled');
      status.replaceChildren(errorMessage(e.message));
    }
  });
  return el('div', { class: 'next-step' }, button, status);
}

/** The glossary entry a text (a module's key concept) names: the term or one of its other forms, ignoring case. */
export function glossaryTerm(glossary, text) {
  const wanted = String(text).trim().toLowerCase();
  return (glossary || []).find((t) => t.term.toLowerCase() === wanted
    || (t.alsoKnownAs || []).some((a) => a.toLowerCase() === wanted)) || null;
}

/** An id for a glossary term, usable as a fragment (#begrepp-...) on the ordlista page. */
export function termId(term) {
  return `begrepp-${term.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

/** A glossary entry's definition and links. */
export function termDefinition(term) {
  return [el('p', {}, nbsp(term.definition)),
    term.links && term.links.length > 0
      ? el('ul', { class: 'term-links' }, term.links.map((l) => el('li', {}, el('a', { href: l.url }, l.text))))
      : null];
}

/**
 * A module's key concepts. A concept that the course's glossary explains is a disclosure (a native details
 * element: keyboard and screen readers handle it) that opens its definition in place; the others are plain text.
 */
export function keyConcepts(concepts, glossary, glossaryHref) {
  if (!concepts || concepts.length === 0) return null;
  return el('div', { class: 'key-concepts' },
    el('h3', {}, 'Nyckelbegrepp'),
    el('ul', {}, concepts.map((c) => {
      const term = glossaryTerm(glossary, c);
      return el('li', {}, term
        ? el('details', { class: 'term' }, el('summary', {}, c), termDefinition(term))
        : c);
    })),
    glossary && glossary.length > 0 && glossaryHref ? el('p', {}, el('a', { href: glossaryHref }, 'Hela ordlistan')) : null);
}

/**
 * Asks {@code question} before a page with unsaved changes is left: on closing or reloading the tab (the browser's
 * own question) and on links within the page's site. {@code unsaved} says whether there is anything to lose.
 */
export function confirmBeforeLeaving(question, unsaved) {
  let confirmed = false;
  window.addEventListener('beforeunload', (event) => {
    if (confirmed || !unsaved()) return;
    event.preventDefault();
    event.returnValue = '';
  });
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || !unsaved() || link.getAttribute('href').startsWith('#')) return;
    if (window.confirm(question)) confirmed = true;
    else event.preventDefault();
  });
}
