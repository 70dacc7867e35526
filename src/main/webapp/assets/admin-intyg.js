// Utfärdade intyg: search issued certificates by name or code, unit and date; revoke one or issue a new one.
import { announce, api, el, errorMessage, param, show } from './kasus.js';
import { adminPage, apiCall, clearErrors, field, fieldError, unitSelect } from './admin-common.js';
import { REASON_TEXT, reasonText, swedishDate } from './intyg.js';

const LIMIT = 200;
const COLUMNS = ['Namn', 'Kurs', 'Version', 'Slutförd', 'Enhet', 'Status', 'Kod', 'Åtgärder'];

let units = [];
let lastQuery = new URLSearchParams();
let results;
let pageStatus;

function statusCell(c) {
  if (c.status === 'VALID') return el('td', {}, 'Giltigt');
  return el('td', {}, `Återkallat ${swedishDate(c.revokedAt)}: ${reasonText(c)}.`,
    c.revokedBy ? ` Av ${c.revokedBy}.` : null,
    c.revocationNote ? el('span', { class: 'hint block' }, `Anteckning: ${c.revocationNote}`) : null,
    c.replacedBy ? el('span', { class: 'hint block' }, 'Ersatt av ett nytt intyg.') : null);
}

function reasonSelect() {
  return el('select', { required: true },
    el('option', { value: '' }, 'Välj ett skäl'),
    Object.entries(REASON_TEXT).map(([value, text]) => el('option', { value }, text)));
}

/** Says a problem by the fields it names, else once as an alert in the form; focuses the first field with an error. */
function showProblem(form, status, result, fieldOf) {
  let first = null;
  const violations = (result.data && result.data.violations) || [];
  for (const v of violations) {
    const input = fieldOf[v.field] ? fieldError(form, fieldOf[v.field], v.message) : null;
    first = first || input;
  }
  status.replaceChildren(errorMessage(result.data && result.data.detail ? result.data.detail : 'Något gick fel. Försök igen.'));
  if (first) first.focus();
}

/** Closes any open inline form, telling its opener it is collapsed. */
function closeForms() {
  results.querySelectorAll('tr.inline-row').forEach((row) => row.remove());
  results.querySelectorAll('button[aria-expanded="true"]').forEach((b) => b.setAttribute('aria-expanded', 'false'));
}

function confirm(text) {
  const message = el('p', { class: 'message ok', tabindex: '-1' }, text);
  pageStatus.replaceChildren(message);
  message.focus();
}

function actionForm(c, kind, opener, row) {
  const p = `${kind}-${c.id}`;
  const revoke = kind === 'aterkalla';
  const headingId = `${p}-rubrik`;
  const status = el('div', {});
  const name = revoke ? null : el('input', { type: 'text', value: c.learnerName, autocomplete: 'off', spellcheck: 'false', maxlength: '200' });
  const cancel = el('button', { type: 'button', class: 'secondary' }, 'Avbryt');
  const form = el('form', { novalidate: true, class: 'inline-form', 'aria-labelledby': headingId },
    el('h3', { id: headingId }, revoke ? `Återkalla intyget för ${c.learnerName} (kod ${c.code})`
      : `Utfärda nytt intyg för ${c.learnerName} (kod ${c.code})`),
    el('p', {}, revoke
      ? 'Intyget slutar gälla direkt. Den som kontrollerar intyget ser att det är återkallat, när och av vilket skäl.'
      : 'Det gamla intyget återkallas med det skäl du väljer, och personen får ett nytt intyg med en ny verifieringskod under Mina intyg.'),
    field(`${p}-skal`, 'Skäl', reasonSelect()),
    revoke
      ? field(`${p}-anteckning`, 'Anteckning (frivilligt)', el('textarea', { rows: '3', maxlength: '500' }),
        'Till exempel vad som var fel. Den som kontrollerar intyget ser bara skälet, inte anteckningen.')
      : field(`${p}-namn`, 'Namn på det nya intyget', name,
        'Rätta namnet om det var fel. Lämna det som det är om bara något annat var fel.'),
    el('div', { class: 'actions' },
      el('button', { type: 'submit', class: revoke ? 'danger' : '' }, revoke ? 'Återkalla intyget' : 'Utfärda nytt intyg'),
      cancel),
    status);
  cancel.addEventListener('click', () => {
    closeForms();
    opener.focus();
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    status.replaceChildren();
    const reason = form.querySelector(`#${p}-skal`).value;
    let first = null;
    if (!reason) {
      first = fieldError(form, `${p}-skal`, revoke ? 'Välj varför intyget ska återkallas.' : 'Välj varför ett nytt intyg ska utfärdas.');
    }
    const newName = name ? name.value.trim() : null;
    if (name && !newName) first = first || fieldError(form, `${p}-namn`, 'Skriv namnet som ska stå på det nya intyget.');
    if (first) {
      status.replaceChildren(errorMessage('Formuläret har fel. Rätta det som står vid fälten.'));
      first.focus();
      return;
    }
    const submit = form.querySelector('button[type=submit]');
    submit.disabled = true;
    const note = revoke ? form.querySelector(`#${p}-anteckning`).value.trim() : null;
    const result = await apiCall(`/api/admin/certificates/${encodeURIComponent(c.id)}/${revoke ? 'revocation' : 'reissue'}`, {
      method: 'POST',
      body: revoke ? { reason, note: note || null }
        : { reason, learnerName: newName !== c.learnerName ? newName : null },
    });
    submit.disabled = false;
    if (!result.ok) {
      showProblem(form, status, result, revoke ? { reason: `${p}-skal`, note: `${p}-anteckning` }
        : { reason: `${p}-skal`, learnerName: `${p}-namn` });
      return;
    }
    await search(lastQuery, false);
    confirm(revoke
      ? `Intyget för ${c.learnerName} (kod ${c.code}) är återkallat. Verifieringssidan visar nu att det är återkallat.`
      : `Ett nytt intyg är utfärdat för ${result.data.learnerName} med koden ${result.data.code}.`
        + ` Det gamla intyget (kod ${c.code}) är återkallat.`);
  });
  return el('tr', { class: 'inline-row' }, el('td', { colspan: String(COLUMNS.length) }, form));
}

/** A row's button; the hidden words tell screen-reader users which certificate it acts on. */
function actionButton(c, kind, label, hidden, row) {
  const button = el('button', { type: 'button', class: 'secondary small', 'aria-expanded': 'false' },
    label, el('span', { class: 'skip-visually' }, ` ${hidden} ${c.learnerName}, kod ${c.code}`));
  button.addEventListener('click', () => {
    const wasOpen = button.getAttribute('aria-expanded') === 'true';
    closeForms();
    if (wasOpen) return;
    const formRow = actionForm(c, kind, button, row);
    row.after(formRow);
    button.setAttribute('aria-expanded', 'true');
    formRow.querySelector('select').focus();
  });
  return button;
}

function row(c) {
  const tr = el('tr', { id: `intyg-${c.id}` });
  tr.append(
    el('th', { scope: 'row' }, c.learnerName, c.learner ? el('span', { class: 'hint block' }, c.learner) : null),
    el('td', {}, c.courseTitle),
    el('td', {}, String(c.courseVersion)),
    el('td', {}, el('time', { datetime: c.completedOn }, swedishDate(c.completedOn))),
    el('td', {}, c.orgUnitName || '–'),
    statusCell(c),
    el('td', {}, el('code', {}, c.code)),
    el('td', {}, c.status === 'VALID'
      ? el('div', { class: 'row-actions' }, actionButton(c, 'aterkalla', 'Återkalla', 'intyget för', tr),
        actionButton(c, 'nytt', 'Utfärda nytt', 'intyg i stället för intyget till', tr))
      : '–'));
  return tr;
}

async function search(query, announceIt) {
  lastQuery = query;
  const pageQuery = new URLSearchParams();
  for (const [apiName, pageName] of [['q', 'q'], ['unit', 'enhet'], ['from', 'fran'], ['to', 'till']]) {
    if (query.get(apiName)) pageQuery.set(pageName, query.get(apiName));
  }
  history.replaceState(null, '', location.pathname + (pageQuery.toString() ? '?' + pageQuery : ''));
  const result = await apiCall('/api/admin/certificates?' + query);
  if (!result.ok) {
    results.replaceChildren(errorMessage(result.data && result.data.detail ? result.data.detail : 'Sökningen gick inte att göra.'));
    return;
  }
  const list = result.data || [];
  const count = list.length === 0 ? 'Inga intyg matchar sökningen.'
    : `${list.length} ${list.length === 1 ? 'intyg' : 'intyg'}, nyast först`;
  results.replaceChildren(...[list.length === 0 ? el('p', {}, count)
    : el('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': 'intyg-caption', tabindex: '0' },
      el('table', {},
        el('caption', { id: 'intyg-caption' }, `Utfärdade intyg: ${count}`),
        el('thead', {}, el('tr', {}, COLUMNS.map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, list.map(row)))),
  list.length >= LIMIT ? el('p', { class: 'hint' }, `Bara de ${LIMIT} senaste visas. Förfina sökningen för att se fler.`) : null]
    .filter(Boolean));
  if (announceIt) announce(count);
}

function searchForm() {
  const q = el('input', { type: 'search', value: param('q') || '', autocomplete: 'off', spellcheck: 'false' });
  const unit = unitSelect(units, param('enhet') || '', 'Alla enheter');
  const from = el('input', { type: 'date', value: param('fran') || '' });
  const to = el('input', { type: 'date', value: param('till') || '' });
  const status = el('div', {});
  const form = el('form', { role: 'search', class: 'search', 'aria-label': 'Sök utfärdade intyg', novalidate: true },
    el('div', { class: 'filters' },
      field('sok-q', 'Namn eller kod', q, 'Hela eller en del av namnet, användarnamnet eller verifieringskoden.'),
      field('sok-enhet', 'Enhet', unit)),
    el('div', { class: 'filters' },
      field('sok-fran', 'Slutförd från och med', from),
      field('sok-till', 'Slutförd till och med', to)),
    el('button', { type: 'submit' }, 'Sök'),
    status);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    status.replaceChildren();
    let first = null;
    if (from.validity.badInput) first = fieldError(form, 'sok-fran', 'Datumet är inte fullständigt. Skriv år, månad och dag.');
    if (to.validity.badInput) first = first || fieldError(form, 'sok-till', 'Datumet är inte fullständigt. Skriv år, månad och dag.');
    if (!first && from.value && to.value && to.value < from.value) {
      first = fieldError(form, 'sok-till', 'Till-datumet kan inte vara före från-datumet.');
    }
    if (first) {
      status.replaceChildren(errorMessage('Sökningen har fel. Rätta det som står vid fälten.'));
      first.focus();
      return;
    }
    pageStatus.replaceChildren();
    await search(queryOf(q.value, unit.value, from.value, to.value), true);
  });
  return form;
}

function queryOf(q, unit, from, to) {
  const query = new URLSearchParams();
  if (q && q.trim()) query.set('q', q.trim());
  if (unit) query.set('unit', unit);
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  return query;
}

adminPage(async (content) => {
  units = await api('/api/admin/org-units');
  results = el('div', { id: 'results' });
  pageStatus = el('div', { id: 'intyg-status', role: 'status' });
  show(content,
    el('h1', {}, 'Utfärdade intyg'),
    el('p', {}, 'Här finns alla intyg som Kasus har utfärdat. Du kan återkalla ett intyg, till exempel om det har fel namn,'
      + ' eller utfärda ett nytt som ersätter det gamla. Allt du gör här sparas i granskningsloggen.'),
    searchForm(), pageStatus, results);
  await search(queryOf(param('q'), param('enhet'), param('fran'), param('till')), false);
});
