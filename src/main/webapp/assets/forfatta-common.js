// Shared by the authoring pages (Författa, Utkast, Redigera dokument): calls with the draft's revision as
// If-Match, the draft's problems in Swedish, and the "someone else changed the draft" notice.
import { ApiError, NETWORK_ERROR, el } from './kasus.js';

export const FORBIDDEN_TEXT = 'Sidan är för utbildare och administratörer. Kontakta en administratör i din organisation'
  + ' om du behöver författa kurser.';

export const DRAFTS = '/api/authoring/drafts';

/** The path of a draft's document in the API. */
export function documentUrl(draftId, path) {
  return `${DRAFTS}/${encodeURIComponent(draftId)}/documents/${path.split('/').map(encodeURIComponent).join('/')}`;
}

export function editorHref(draftId, path) {
  return `dokument.html?utkast=${encodeURIComponent(draftId)}&sokvag=${encodeURIComponent(path)}`;
}

export function caseEditorHref(draftId, caseId) {
  return `fall.html?utkast=${encodeURIComponent(draftId)}&fall=${encodeURIComponent(caseId)}`;
}

export function previewHref(draftId, caseId) {
  return `../fall.html?utkast=${encodeURIComponent(draftId)}&fall=${encodeURIComponent(caseId)}`;
}

/**
 * Calls the authoring API. Answers { ok, status, data, text, revision } for every 2xx and 4xx answer (so a page can
 * show a 409's current document or a 422's problems); sends {@code ifMatch} as the revision the change builds on.
 * A 401 goes to the login page and 5xx or a lost connection throws.
 */
export async function authoring(path, { method = 'GET', body, rawBody, contentType, ifMatch, accept } = {}) {
  const headers = { Accept: accept || 'application/json, application/problem+json', 'X-Kasus-Request': '1' };
  let payload;
  if (rawBody !== undefined) {
    headers['Content-Type'] = contentType || 'application/json';
    payload = rawBody;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (ifMatch !== undefined && ifMatch !== null) headers['If-Match'] = `"${ifMatch}"`;
  let response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', cache: 'no-store', body: payload });
  } catch (e) {
    throw new ApiError(NETWORK_ERROR, 0, 'network');
  }
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
  const type = data && typeof data.type === 'string' ? data.type.split(':').pop() : null;
  if (response.status === 401) {
    location.assign('/logga-in.html?' + (type === 'session-expired' ? 'utgangen=1&' : '')
      + 'atergang=' + encodeURIComponent(location.pathname + location.search));
    throw new ApiError('Du behöver logga in.', 401, type || 'unauthenticated');
  }
  if (type === 'password-change-required') {
    location.assign('/mitt-konto.html?byt=1');
    throw new ApiError(data.detail, 403, type);
  }
  if (response.status >= 500) {
    throw new ApiError(data && data.detail ? data.detail : 'Något gick fel. Försök igen om en stund.', response.status, type || 'error');
  }
  const etag = response.headers.get('ETag');
  const revision = etag ? Number(etag.replace(/^W\//, '').replace(/"/g, '')) : null;
  return { ok: response.ok, status: response.status, type, data, text, revision };
}

/** Throws the answer's problem as an ApiError (for answers a page has no special handling for). */
export function fail(answer) {
  const detail = answer.data && answer.data.detail ? answer.data.detail : 'Något gick fel. Försök igen om en stund.';
  throw new ApiError(detail, answer.status, answer.type || 'error', answer.data && answer.data.violations ? answer.data.violations : []);
}

/** What each rule of the course files means, in plain Swedish (the server's messages are for developers). */
const RULE_TEXT = {
  'best-option-scores-highest': 'Det bästa alternativet måste ge högst poäng.',
  'case-exists': 'Fallet som nämns finns inte bland kursens fall.',
  'case-in-one-module': 'Ett fall får bara höra till en modul.',
  'case-listed': 'Fallet finns inte med i sin moduls lista över fall.',
  'case-module-matches': 'Fallets modul stämmer inte med modulen som listar fallet.',
  'course-id-matches-draft': 'Kursens id i course.yaml måste vara samma som utkastets kurs.',
  'file-exists': 'Filen saknas.',
  'folder-exists': 'Mappen saknas: kursen behöver minst ett dokument här.',
  'id-matches-file-name': 'Id:t i dokumentet måste vara samma som filens namn.',
  'legal-reference-exists': 'Källan som nämns finns inte i fallets källor.',
  'module-exists': 'Modulen som nämns finns inte.',
  'module-listed': 'Modulen finns inte med i kursens lista över moduler.',
  'no-cycle': 'Beslutspunkterna leder runt i en cirkel.',
  'one-best-option': 'Varje beslutspunkt ska ha precis ett bästa alternativ.',
  'option-count': 'Beslutspunkten har fel antal alternativ.',
  'option-target-exists': 'Alternativet leder till en beslutspunkt som inte finns.',
  'pass-rule-defined': 'Modulen saknar en regel för godkänt.',
  'principle-known': 'Principen som nämns finns inte i principles.yaml.',
  'quiz-exists': 'Kunskapstestet som nämns finns inte.',
  'quiz-key-among-options': 'Det rätta svaret måste vara ett av frågans alternativ.',
  'quiz-module-matches': 'Kunskapstestets modul stämmer inte med modulen.',
  'score-range': 'Poängen ligger utanför det tillåtna intervallet.',
  'start-exists': 'Fallets första beslutspunkt (start) finns inte.',
  'step-reachable': 'Beslutspunkten går inte att nå från starten.',
  'unique-id': 'Samma id används mer än en gång.',
  yaml: 'Filen går inte att läsa.',
  model: 'Innehållet passar inte kursformatet.',
};

const SCHEMA_TEXT = {
  required: 'Ett obligatoriskt fält saknas.',
  type: 'Fältet har fel typ av värde (till exempel text i stället för en lista).',
  pattern: 'Värdet har fel form.',
  minItems: 'Listan har för få värden.',
  maxItems: 'Listan har för många värden.',
  minLength: 'Texten är för kort.',
  maxLength: 'Texten är för lång.',
  minimum: 'Talet är för litet.',
  maximum: 'Talet är för stort.',
  const: 'Värdet ska vara ett bestämt värde.',
  enum: 'Värdet är inte ett av de tillåtna.',
  uniqueItems: 'Samma värde finns mer än en gång i listan.',
  additionalProperties: 'Dokumentet har ett fält som inte finns i kursformatet.',
};

/** A problem's meaning in Swedish: by its rule, or by the schema keyword for schema:… rules. */
export function problemText(problem) {
  const rule = problem.rule || '';
  if (rule.startsWith('schema:')) return SCHEMA_TEXT[rule.slice(7)] || 'Dokumentet följer inte kursformatet.';
  return RULE_TEXT[rule] || 'Innehållet bryter mot en regel för kursens filer.';
}

/** Whether a problem's file is a document that can be opened (not a folder such as cases/). */
function openable(file) {
  return /^(course|principles|glossary)\.yaml$|^(modules|cases|quizzes)\/[A-Za-z0-9][A-Za-z0-9_-]*\.yaml$/.test(file || '');
}

/**
 * A table of the draft's problems: rule, file, field and what it means, each file a link to its editor with the
 * field named. {@code id} names the table's caption (for headings that point at it).
 */
export function problemTable(draftId, problems, { id = 'problem', caption = 'Problem i utkastet' } = {}) {
  if (!problems || problems.length === 0) {
    return el('p', { class: 'message ok', id: `${id}-inga` }, 'Utkastet har inga problem. Det kan publiceras.');
  }
  return el('div', { class: 'table-wrap' }, el('table', { class: 'stack problems', id },
    el('caption', {}, `${caption} (${problems.length})`),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Fil'), el('th', { scope: 'col' }, 'Fält'),
      el('th', { scope: 'col' }, 'Vad är fel'), el('th', { scope: 'col' }, 'Regel'))),
    el('tbody', {}, problems.map((p) => el('tr', {},
      el('th', { scope: 'row' }, openable(p.file)
        ? el('a', { href: `${editorHref(draftId, p.file)}&falt=${encodeURIComponent(p.field || '')}` }, p.file)
        : p.file),
      el('td', { 'data-label': 'Fält' }, el('code', {}, p.field || '–')),
      el('td', { 'data-label': 'Vad är fel' }, problemText(p),
        p.message ? el('span', { class: 'hint block' }, `Teknisk beskrivning: ${p.message}`) : null),
      el('td', { 'data-label': 'Regel' }, el('code', {}, p.rule)))))));
}

/** The message for a 409: someone else saved the draft since this page loaded it. */
export function conflictMessage(onReload, text = 'Någon annan har ändrat utkastet sedan du öppnade sidan, så din ändring sparades inte.') {
  return el('div', { class: 'message error conflict', role: 'alert' },
    el('p', {}, text),
    el('p', {}, el('button', { type: 'button', class: 'secondary', onclick: onReload }, 'Ladda om utkastet')));
}

export function dateTime(value) {
  return value ? new Date(value).toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' }) : '–';
}

/** A 4xx answer's Swedish detail, for a form's message. */
export function detailOf(answer) {
  return answer.data && answer.data.detail ? answer.data.detail : 'Det gick inte. Försök igen.';
}
