import { ApiError, announce, confirmBeforeLeaving, el, errorMessage, requiredParam, show } from './kasus.js';
import { DRAFTS, authoring } from './forfatta-common.js';
import { adminPage } from './admin-common.js';
import { caseDocument, emptyCase, emptyOption, emptyReference, emptyStep, flatten, getAt, nextStepId, parseCodes, setAt }
  from './fallredigerare-modell.js';
import { flowOutline, labelFor, problemText } from './fallredigerare-vy.js';

// For trainers: one case document of a draft as a form. "Spara" writes the whole document at the revision the
// trainer started from (If-Match); the draft's problems for the case are shown at their fields, listed at the top
// and in the outline of the case's flow. When someone else saved in between (409), both versions are shown and
// the trainer chooses; what they typed is never thrown away without their say.

const MAX_OPTIONS = 4;
const STATUS_TEXT = { verified: 'Verifierad', check: 'Kontrollera', unverified: 'Ej verifierad' };
const SCORE_TEXT = { 0: '0 – bryter mot rättigheter eller regler', 1: '1 – delvis rätt', 2: '2 – rättighetsbaserat och lagligt' };

const state = {
  draftId: null, caseId: null, path: null, revision: null, courseId: null, model: null, original: null,
  saved: null, principles: [], modules: [], problems: [], otherProblems: 0, conflict: null, previousMine: null,
  content: null, saving: false,
};

/** A call to the authoring API (forfatta-common.js): status, body and revision for every 2xx and 4xx but 403. */
async function request(path, options = {}) {
  const answer = await authoring(path, options);
  if (answer.status === 403) throw new ApiError('Du har inte behörighet.', 403, 'forbidden');
  return answer;
}

function draftPath(suffix = '') {
  return `${DRAFTS}/${encodeURIComponent(state.draftId)}${suffix}`;
}

function fieldId(path) {
  return `f-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
}

function unsaved() {
  return state.model !== null && JSON.stringify(caseDocument(state.model, state.original)) !== state.saved;
}

// ---- Fields ---------------------------------------------------------------------------------------------------

/** A labelled input bound to the model at {@code path}, with a slot for a problem message. */
function field(path, label, control, { hint, kind = 'text' } = {}) {
  const id = fieldId(path);
  control.id = id;
  control.dataset.path = path;
  control.dataset.kind = kind;
  if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
  const value = getAt(state.model, path);
  if (kind === 'codes') control.value = (value || []).join(', ');
  else if (kind === 'bool') control.checked = value === true;
  else if (value !== undefined && value !== null) control.value = String(value);
  return el('div', { class: kind === 'bool' ? 'field check' : 'field' },
    kind === 'bool' ? null : el('label', { for: id }, label),
    hint ? el('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
    el('p', { class: 'field-error', id: `${id}-problem` }),
    control,
    kind === 'bool' ? el('label', { for: id }, label) : null);
}

function input(type = 'text', attrs = {}) {
  return el('input', { type, ...attrs });
}

function textarea(rows) {
  return el('textarea', { rows: String(rows) });
}

function select(choices, current) {
  const values = choices.map((c) => c.value);
  const all = current !== undefined && current !== null && current !== '' && !values.includes(String(current))
    ? [...choices, { value: String(current), text: `${current} (finns inte)` }] : choices;
  return el('select', {}, all.map((c) => el('option', { value: c.value, selected: String(current) === c.value }, c.text)));
}

/** A group of fields (fieldset) that problems about the whole group are shown in. */
function group(path, legend, ...children) {
  const id = fieldId(path || 'root');
  return el('fieldset', { id, 'data-path': path, class: 'group' },
    el('legend', {}, legend),
    el('p', { class: 'field-error', id: `${id}-problem` }),
    children);
}

function button(text, onclick, attrs = {}) {
  return el('button', { type: 'button', class: 'secondary small', onclick, ...attrs }, text);
}

function stepChoices() {
  return [...state.model.steps.map((s, i) => ({ value: s.id, text: `Beslutspunkt ${i + 1} (${s.id})` })),
    { value: 'end', text: 'Slut – fallet är klart' }];
}

function principleHint() {
  const known = state.principles.map((p) => p.code).join(', ');
  return `Koder åtskilda med komma. Kursens koder: ${known || 'inga ännu'}.`;
}

// ---- The form -------------------------------------------------------------------------------------------------

function optionFieldset(step, s, option, o) {
  const base = `steps[${s}].options[${o}]`;
  const letter = String.fromCharCode(65 + o);
  const count = step.options.length;
  return group(base, `Alternativ ${letter}`,
    field(`${base}.text`, 'Text som deltagaren väljer', textarea(3)),
    field(`${base}.score`, 'Poäng', select(Object.entries(SCORE_TEXT).map(([value, text]) => ({ value, text })), option.score),
      { kind: 'int' }),
    field(`${base}.best`, 'Bästa alternativet i beslutspunkten', input('checkbox'), { kind: 'bool' }),
    field(`${base}.honours`, 'Följer principerna', input(), { kind: 'codes', hint: principleHint() }),
    field(`${base}.violates`, 'Bryter mot principerna', input(), { kind: 'codes', hint: principleHint() }),
    field(`${base}.mixed`, 'Både följer och bryter mot', input(), { kind: 'codes', hint: principleHint() }),
    field(`${base}.feedback`, 'Återkoppling', textarea(4), { hint: 'Visas efter valet. Markdown går bra.' }),
    field(`${base}.consequence`, 'Konsekvens (valfri)', textarea(2)),
    field(`${base}.legalReferences`, 'Källor som återkopplingen bygger på (id)', input(), {
      kind: 'codes', hint: 'Id:n från fallets källor längst ner, åtskilda med komma.',
    }),
    field(`${base}.next`, 'Leder till', select(stepChoices(), option.next)),
    el('div', { class: 'actions' },
      o > 0 ? button(`Flytta alternativ ${letter} uppåt`, () => moveOption(s, o, -1)) : null,
      o < count - 1 ? button(`Flytta alternativ ${letter} nedåt`, () => moveOption(s, o, 1)) : null,
      button(`Ta bort alternativ ${letter}`, () => removeOption(s, o))));
}

function stepFieldset(step, s) {
  const base = `steps[${s}]`;
  const number = s + 1;
  const count = state.model.steps.length;
  return group(base, `Beslutspunkt ${number} (${step.id})`,
    field(`${base}.situation`, 'Vad som har hänt (valfritt)', textarea(3),
      { hint: 'Visas före frågan, till exempel vad som har hänt sedan förra beslutet.' }),
    field(`${base}.prompt`, 'Fråga', input()),
    el('div', { 'data-path': `${base}.options`, id: fieldId(`${base}.options`), class: 'options-host' },
      el('p', { class: 'field-error', id: `${fieldId(`${base}.options`)}-problem` }),
      step.options.map((option, o) => optionFieldset(step, s, option, o)),
      step.options.length < MAX_OPTIONS
        ? el('p', {}, button(`Lägg till alternativ i beslutspunkt ${number}`, () => addOption(s)))
        : el('p', { class: 'hint' }, `En beslutspunkt kan ha högst ${MAX_OPTIONS} alternativ.`)),
    el('div', { class: 'actions' },
      s > 0 ? button(`Flytta beslutspunkt ${number} uppåt`, () => moveStep(s, -1)) : null,
      s < count - 1 ? button(`Flytta beslutspunkt ${number} nedåt`, () => moveStep(s, 1)) : null,
      button(`Ta bort beslutspunkt ${number}`, () => removeStep(s))));
}

function referenceFieldset(ref, r) {
  const base = `legalReferences[${r}]`;
  return group(base, `Källa ${r + 1}${ref.id ? ` (${ref.id})` : ''}`,
    field(`${base}.id`, 'Id', input(), { hint: 'Små bokstäver, siffror och bindestreck, till exempel fl-9.' }),
    field(`${base}.citation`, 'Källa (hänvisning)', input(), { hint: 'Till exempel 9 § förvaltningslagen (2017:900).' }),
    field(`${base}.status`, 'Status', select(Object.entries(STATUS_TEXT).map(([value, text]) => ({ value, text })), ref.status)),
    field(`${base}.lastReviewed`, 'Senast granskad', input('date'), { kind: 'date', hint: 'Lämna tomt om ingen har granskat källan.' }),
    field(`${base}.note`, 'Anteckning för redaktörer (valfri)', textarea(2), { hint: 'Visas aldrig för deltagare.' }),
    el('div', { class: 'actions' }, button(`Ta bort källa ${r + 1}`, () => removeReference(r))));
}

function principlesFieldset() {
  const chosen = state.model.principlesInFocus || [];
  const codes = [...state.principles, ...chosen.filter((c) => !state.principles.some((p) => p.code === c))
    .map((c) => ({ code: c, name: 'finns inte i kursens principer' }))];
  return group('principlesInFocus', 'Principer i fokus',
    codes.length === 0 ? el('p', {}, 'Utkastet har inga principer ännu (principles.yaml).') : null,
    codes.map((p) => {
      const id = `f-principlesInFocus-${p.code}`;
      return el('div', { class: 'field check' },
        el('input', { type: 'checkbox', id, value: p.code, checked: chosen.includes(p.code), 'data-principle': 'true' }),
        el('label', { for: id }, `${p.code} – ${p.name}`));
    }));
}

function caseForm() {
  const m = state.model;
  const moduleChoices = state.modules.map((id) => ({ value: id, text: `Modul ${id}` }));
  const form = el('form', { id: 'case-form', novalidate: true },
    el('p', { class: 'field-error', id: 'f-root-problem', 'data-path': '(root)' }),
    el('fieldset', { class: 'group' },
      el('legend', {}, 'Om fallet'),
      field('title', 'Titel', input()),
      field('module', 'Modul', select(moduleChoices.length ? moduleChoices : [{ value: '', text: 'Ingen modul' }], m.module)),
      field('estimatedMinutes', 'Ungefärlig tid (minuter)', input('number', { min: '1', max: '120', inputmode: 'numeric' }),
        { kind: 'int' }),
      field('setting', 'Var det händer', textarea(2)),
      field('role', 'Deltagarens roll', input()),
      principlesFieldset(),
      field('narrative', 'Berättelse', textarea(10), { hint: 'Markdown: tom rad mellan stycken, *kursiv*, **fet**, [länk](https://…).' })),
    el('section', { 'aria-labelledby': 'steps-heading', 'data-path': 'steps', id: 'f-steps' },
      el('h2', { id: 'steps-heading' }, 'Beslutspunkter'),
      el('p', { class: 'field-error', id: 'f-steps-problem' }),
      field('start', 'Fallet börjar vid', select(m.steps.map((s, i) => ({ value: s.id, text: `Beslutspunkt ${i + 1} (${s.id})` })), m.start)),
      m.steps.map((step, s) => stepFieldset(step, s)),
      el('p', {}, button('Lägg till beslutspunkt', addStep, { id: 'add-step' }))),
    el('section', { 'aria-labelledby': 'end-heading' },
      el('h2', { id: 'end-heading' }, 'Avslutning och källor'),
      field('reflection', 'Reflektionsfråga', textarea(3)),
      el('div', { 'data-path': 'legalReferences', id: 'f-legalReferences' },
        el('h3', {}, 'Källor'),
        el('p', { class: 'field-error', id: 'f-legalReferences-problem' }),
        m.legalReferences.length === 0 ? el('p', {}, 'Fallet har inga källor ännu.') : null,
        m.legalReferences.map(referenceFieldset),
        el('p', {}, button('Lägg till källa', addReference)))),
    el('div', { class: 'actions save-bar' },
      el('button', { type: 'submit', id: 'save' }, 'Spara'),
      el('div', { id: 'save-status', role: 'status' })));
  form.addEventListener('input', onInput);
  form.addEventListener('change', onInput);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save(state.revision);
  });
  return form;
}

function onInput(event) {
  const target = event.target;
  if (target.dataset.principle) {
    const boxes = [...document.querySelectorAll('[data-principle]')];
    state.model.principlesInFocus = boxes.filter((b) => b.checked).map((b) => b.value);
  } else if (target.dataset.path) {
    const kind = target.dataset.kind;
    let value = target.value;
    if (kind === 'bool') value = target.checked;
    else if (kind === 'codes') value = parseCodes(value);
    else if (kind === 'int') value = value.trim() === '' ? null : (/^-?\d+$/.test(value.trim()) ? Number(value) : value);
    else if (kind === 'date') value = value === '' ? null : value;
    setAt(state.model, target.dataset.path, value);
  }
  if (event.type === 'change') renderOutline();
}

// ---- Structural changes ---------------------------------------------------------------------------------------

function rerender(focusId) {
  renderEditor();
  const target = focusId ? document.getElementById(focusId) : null;
  if (target) target.focus();
}

function addStep() {
  const steps = state.model.steps;
  steps.push(emptyStep(nextStepId(steps)));
  if (!state.model.start) state.model.start = steps[0].id;
  announce(`Beslutspunkt ${steps.length} är tillagd.`);
  rerender(fieldId(`steps[${steps.length - 1}].prompt`));
}

function removeStep(s) {
  const removed = state.model.steps.splice(s, 1)[0];
  announce(`Beslutspunkt ${s + 1} (${removed.id}) är borttagen. Alternativ som ledde dit leder nu till ett steg som inte finns.`);
  rerender('steps-heading');
}

function moveStep(s, by) {
  const steps = state.model.steps;
  [steps[s], steps[s + by]] = [steps[s + by], steps[s]];
  announce(`Beslutspunkten är flyttad till plats ${s + by + 1}.`);
  rerender(fieldId(`steps[${s + by}].prompt`));
}

function addOption(s) {
  const options = state.model.steps[s].options;
  options.push(emptyOption());
  announce(`Alternativ ${String.fromCharCode(64 + options.length)} är tillagt i beslutspunkt ${s + 1}.`);
  rerender(fieldId(`steps[${s}].options[${options.length - 1}].text`));
}

function removeOption(s, o) {
  state.model.steps[s].options.splice(o, 1);
  announce(`Alternativ ${String.fromCharCode(65 + o)} i beslutspunkt ${s + 1} är borttaget.`);
  rerender(fieldId(`steps[${s}].prompt`));
}

function moveOption(s, o, by) {
  const options = state.model.steps[s].options;
  [options[o], options[o + by]] = [options[o + by], options[o]];
  announce(`Alternativet är flyttat och heter nu ${String.fromCharCode(65 + o + by)}.`);
  rerender(fieldId(`steps[${s}].options[${o + by}].text`));
}

function addReference() {
  state.model.legalReferences.push(emptyReference());
  rerender(fieldId(`legalReferences[${state.model.legalReferences.length - 1}].id`));
}

function removeReference(r) {
  state.model.legalReferences.splice(r, 1);
  announce(`Källa ${r + 1} är borttagen.`);
  rerender('end-heading');
}

// ---- Problems -------------------------------------------------------------------------------------------------

/** The element a problem's field belongs to: the field itself, else the nearest group around it. */
function problemHost(path) {
  let current = path || '(root)';
  for (;;) {
    const host = document.querySelector(`[data-path="${CSS.escape(current)}"]`);
    if (host) return host;
    const shorter = current.replace(/(\[\d+\]|\.[^.[\]]+)$/, '');
    if (shorter === current || shorter === '') return document.getElementById('f-root-problem');
    current = shorter;
  }
}

function applyProblems() {
  for (const slot of document.querySelectorAll('#case-form .field-error')) slot.replaceChildren();
  for (const node of document.querySelectorAll('#case-form [aria-invalid]')) node.removeAttribute('aria-invalid');
  for (const node of document.querySelectorAll('#case-form [data-problem-described]')) {
    node.setAttribute('aria-describedby', node.dataset.problemDescribed);
    if (!node.dataset.problemDescribed) node.removeAttribute('aria-describedby');
    node.removeAttribute('data-problem-described');
  }
  const links = [];
  for (const problem of state.problems) {
    const host = problemHost(problem.field);
    const isSlot = host.classList.contains('field-error');
    const slot = isSlot ? host : document.getElementById(`${host.id}-problem`);
    const text = problemText(problem);
    if (slot && !slot.textContent.includes(text)) slot.append(el('span', { class: 'problem-line' }, `Fel: ${text} `));
    const described = [host];
    if (problem.rule === 'one-best-option') described.push(...host.querySelectorAll('input[type=checkbox][data-kind=bool]'));
    for (const node of described) {
      if (isSlot || !slot) continue;
      if (!node.hasAttribute('data-problem-described')) {
        node.setAttribute('data-problem-described', node.getAttribute('aria-describedby') || '');
      }
      const ids = new Set((node.getAttribute('aria-describedby') || '').split(' ').filter(Boolean));
      ids.add(slot.id);
      node.setAttribute('aria-describedby', [...ids].join(' '));
      if (['INPUT', 'SELECT', 'TEXTAREA'].includes(node.tagName)) node.setAttribute('aria-invalid', 'true');
    }
    const best = problem.rule === 'one-best-option' ? host.querySelector('input[data-kind=bool]') : null;
    const target = best || (['INPUT', 'SELECT', 'TEXTAREA'].includes(host.tagName) ? host
      : (host.querySelector('input, select, textarea, button') || host));
    links.push({ problem, text, targetId: target.id });
  }
  renderProblemList(links);
}

function renderProblemList(links) {
  const box = document.getElementById('problems');
  if (!box) return;
  const other = state.otherProblems > 0
    ? el('p', {}, `Utkastet har också ${state.otherProblems === 1 ? '1 fel' : `${state.otherProblems} fel`} i andra filer. `,
      el('a', { href: `utkast.html?id=${encodeURIComponent(state.draftId)}` }, 'Se dem i utkastet')) : null;
  if (links.length === 0) {
    box.className = 'message ok';
    box.replaceChildren(...[el('h2', { id: 'problems-heading' }, 'Inga fel i fallet'),
      el('p', {}, 'Det senast sparade fallet följer alla regler.'), other].filter(Boolean));
    return;
  }
  box.className = 'message error';
  box.replaceChildren(...[
    el('h2', { id: 'problems-heading' }, links.length === 1 ? '1 fel i fallet' : `${links.length} fel i fallet`),
    el('p', {}, 'Felen gäller det senast sparade fallet. Ett utkast med fel kan sparas men inte publiceras.'),
    el('ul', {}, links.map((l) => el('li', {},
      el('a', {
        href: `#${l.targetId}`,
        onclick: (event) => {
          const target = document.getElementById(l.targetId);
          if (!target) return;
          event.preventDefault();
          if (!target.hasAttribute('tabindex') && !target.matches('input, select, textarea, button')) target.setAttribute('tabindex', '-1');
          target.focus();
        },
      }, `${labelFor(l.problem.field, state.model)}: ${l.text}`)))),
    other].filter(Boolean));
}

function setProblems(all) {
  const list = Array.isArray(all) ? all : [];
  state.problems = list.filter((p) => p.file === state.path);
  state.otherProblems = list.length - state.problems.length;
}

// ---- Saving and conflicts -------------------------------------------------------------------------------------

function saveStatus(node) {
  const slot = document.getElementById('save-status');
  if (slot) slot.replaceChildren(node);
}

async function save(revision) {
  if (state.saving) return;
  state.saving = true;
  const saveButton = document.getElementById('save');
  if (saveButton) saveButton.setAttribute('aria-disabled', 'true');
  const mine = caseDocument(state.model, state.original);
  try {
    const answer = await request(draftPath(`/documents/${state.path}`), { method: 'PUT', body: mine, ifMatch: revision });
    if (answer.status === 409) {
      state.conflict = { mine, theirs: answer.data ? answer.data.document : null, revision: answer.data ? answer.data.currentRevision : null };
      renderConflict();
      return;
    }
    if (!answer.ok) {
      saveStatus(errorMessage(answer.data && answer.data.detail ? answer.data.detail : 'Fallet kunde inte sparas. Försök igen.'));
      return;
    }
    state.revision = answer.data.revision;
    state.saved = JSON.stringify(mine);
    state.exists = true;
    state.conflict = null;
    setProblems(answer.data.problems);
    renderConflict();
    applyProblems();
    renderOutline();
    const count = state.problems.length;
    const text = count === 0 ? 'Fallet är sparat. Det har inga fel.'
      : `Fallet är sparat. Det har ${count === 1 ? '1 fel' : `${count} fel`}: se listan överst och meddelandena vid fälten.`;
    saveStatus(el('p', { class: count === 0 ? 'message ok' : 'message error' }, text));
  } catch (e) {
    saveStatus(errorMessage(e.message));
  } finally {
    state.saving = false;
    if (saveButton) saveButton.removeAttribute('aria-disabled');
  }
}

function shown(value) {
  if (value === undefined) return '(saknas)';
  if (value === null || value === '') return '(tomt)';
  return String(value);
}

function renderConflict() {
  const box = document.getElementById('conflict');
  if (!box) return;
  const c = state.conflict;
  if (!c) {
    box.hidden = true;
    box.replaceChildren();
    if (state.previousMine) {
      box.hidden = false;
      box.replaceChildren(el('h2', { id: 'conflict-heading' }, 'Din tidigare version'), el('details', { class: 'previous-version' },
        el('summary', {}, 'Din tidigare version (som du valde bort)'),
        el('p', {}, 'Kopiera det du behöver härifrån till formuläret.'),
        el('pre', { tabindex: '0', 'aria-label': 'Din tidigare version som JSON' }, JSON.stringify(state.previousMine, null, 2))));
    }
    return;
  }
  const mineFlat = flatten(c.mine);
  const theirsFlat = c.theirs ? flatten(c.theirs) : {};
  const paths = [...new Set([...Object.keys(mineFlat), ...Object.keys(theirsFlat)])]
    .filter((p) => JSON.stringify(mineFlat[p]) !== JSON.stringify(theirsFlat[p]));
  box.hidden = false;
  box.replaceChildren(...[
    el('h2', { id: 'conflict-heading', tabindex: '-1' }, 'Någon annan har sparat fallet'),
    el('p', {}, `Fallet har ändrats sedan du öppnade det (nu revision ${c.revision}). Ingenting av det du har skrivit är förlorat:`
      + ' din version finns kvar i formuläret. Jämför och välj vilken version som ska gälla.'),
    c.theirs === null ? el('p', {}, 'Den sparade versionen finns inte längre: fallet har tagits bort ur utkastet.') : null,
    el('h3', {}, paths.length === 1 ? '1 skillnad' : `${paths.length} skillnader`),
    el('div', { class: 'table-wrap' }, el('table', { class: 'stack diff' },
      el('caption', {}, 'Skillnader mellan din version och den sparade'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Fält'), el('th', { scope: 'col' }, 'Din version'),
        el('th', { scope: 'col' }, 'Den sparade versionen'))),
      el('tbody', {}, paths.map((p) => el('tr', {},
        el('th', { scope: 'row' }, labelFor(p, c.mine)),
        el('td', { 'data-label': 'Din version', class: 'mine' }, shown(mineFlat[p])),
        el('td', { 'data-label': 'Den sparade versionen', class: 'theirs' }, shown(theirsFlat[p]))))))),
    el('details', {},
      el('summary', {}, 'Visa båda versionerna i sin helhet'),
      el('div', { class: 'versions' },
        el('div', {}, el('h3', {}, 'Din version'),
          el('pre', { tabindex: '0', 'aria-label': 'Din version som JSON' }, JSON.stringify(c.mine, null, 2))),
        el('div', {}, el('h3', {}, 'Den sparade versionen'),
          el('pre', { tabindex: '0', 'aria-label': 'Den sparade versionen som JSON' }, JSON.stringify(c.theirs, null, 2))))),
    el('div', { class: 'actions' },
      el('button', { type: 'button', id: 'keep-mine', onclick: keepMine }, 'Behåll min version och spara den'),
      c.theirs === null ? null
        : el('button', { type: 'button', class: 'secondary', id: 'take-theirs', onclick: takeTheirs }, 'Använd den sparade versionen'))]
    .filter(Boolean));
  document.getElementById('conflict-heading').focus();
  announce('Någon annan har sparat fallet. Jämför versionerna och välj.');
}

async function keepMine() {
  const revision = state.conflict.revision;
  state.conflict = null;
  await save(revision);
  const saveButton = document.getElementById('save');
  if (saveButton && !state.conflict) saveButton.focus();
}

async function takeTheirs() {
  const c = state.conflict;
  state.previousMine = c.mine;
  state.conflict = null;
  state.original = c.theirs;
  state.model = normalisedModel(c.theirs);
  state.saved = JSON.stringify(caseDocument(state.model, state.original));
  state.revision = c.revision;
  const problems = await request(draftPath('/problems'));
  if (problems.ok) setProblems(problems.data);
  renderEditor();
  announce('Den sparade versionen visas nu. Din tidigare version finns att kopiera från.');
  const heading = document.querySelector('#content h1');
  if (heading) heading.focus();
}

// ---- Page -----------------------------------------------------------------------------------------------------

function normalisedModel(doc) {
  return emptyCase(state.caseId, doc);
}

function renderOutline() {
  const box = document.getElementById('flow');
  if (box) box.replaceChildren(...flowOutline(state.model, state.problems));
}

function renderEditor() {
  const title = state.model.title && state.model.title.trim() ? state.model.title : state.caseId;
  document.title = `Redigera fall: ${title} – Kasus`;
  show(state.content,
    el('h1', {}, `Redigera fall: ${title}`),
    el('p', { class: 'hint' }, `Kurs ${state.courseId}, fil ${state.path}. `,
      state.exists ? 'Spara skriver hela fallet i utkastet.' : 'Fallet finns inte i utkastet ännu: det skapas när du sparar.'),
    el('ul', { class: 'editor-links' },
      el('li', {}, el('a', { href: `utkast.html?id=${encodeURIComponent(state.draftId)}` }, 'Till utkastet')),
      el('li', {}, el('a', {
        id: 'preview-link',
        href: `../fall.html?utkast=${encodeURIComponent(state.draftId)}&fall=${encodeURIComponent(state.caseId)}`,
      }, 'Förhandsgranska fallet'), el('span', { class: 'hint' }, ' (visar det senast sparade)'))),
    el('section', { id: 'conflict', class: 'conflict', 'aria-labelledby': 'conflict-heading', hidden: true }),
    el('section', { id: 'problems', 'aria-labelledby': 'problems-heading' }),
    el('div', { class: 'editor-layout' },
      caseForm(),
      el('aside', { class: 'flow', 'aria-labelledby': 'flow-heading', tabindex: '0' },
        el('h2', { id: 'flow-heading' }, 'Fallets flöde'),
        el('div', { id: 'flow' }))));
  renderConflict();
  applyProblems();
  renderOutline();
}

async function moduleIds(draft) {
  const ids = [];
  for (const d of draft.documents.filter((x) => x.kind === 'module')) {
    const answer = await request(draftPath(`/documents/${d.path}`));
    if (answer.ok && answer.data && answer.data.id) {
      ids.push({ id: answer.data.id, lists: Array.isArray(answer.data.cases) && answer.data.cases.includes(state.caseId) });
    }
  }
  return ids;
}

async function load(content) {
  state.content = content;
  state.draftId = requiredParam('utkast', 'Länken saknar uppgift om vilket utkast fallet hör till. Öppna fallet från utkastet.');
  state.caseId = requiredParam('fall', 'Länken saknar uppgift om vilket fall du vill redigera. Öppna fallet från utkastet.');
  state.path = `cases/${state.caseId}.yaml`;
  const draft = await request(draftPath());
  if (draft.status === 404 || !draft.ok) {
    show(content, el('h1', {}, 'Utkastet finns inte'),
      errorMessage(draft.data && draft.data.detail ? draft.data.detail : 'Utkastet finns inte. Det kan ha tagits bort.'),
      el('p', {}, el('a', { href: 'index.html' }, 'Till alla utkast')));
    return;
  }
  state.courseId = draft.data.courseId;
  const principles = draft.data.documents.some((d) => d.path === 'principles.yaml')
    ? await request(draftPath('/documents/principles.yaml')) : null;
  state.principles = principles && principles.ok && Array.isArray(principles.data.principles)
    ? principles.data.principles.filter((p) => p && p.code).map((p) => ({ code: p.code, name: p.name || '' })) : [];
  const modules = await moduleIds(draft.data);
  state.modules = modules.map((m) => m.id);
  state.exists = draft.data.documents.some((d) => d.path === state.path);
  let doc = null;
  if (state.exists) {
    const answer = await request(draftPath(`/documents/${state.path}`));
    if (!answer.ok) throw new ApiError(answer.data && answer.data.detail ? answer.data.detail : 'Fallet kunde inte hämtas.', answer.status, 'error');
    doc = answer.data;
    state.revision = answer.revision;
  } else {
    state.revision = draft.data.revision;
    const owner = modules.find((m) => m.lists);
    doc = { module: owner ? owner.id : (state.modules[0] || '') };
  }
  state.original = state.exists ? doc : null;
  state.model = normalisedModel(doc);
  state.saved = state.exists ? JSON.stringify(caseDocument(state.model, state.original)) : null;
  setProblems(draft.data.problems);
  renderEditor();
  guardUnsaved();
}

/** Asks before unsaved changes are lost: on closing or reloading the tab, and on links away from the page. */
function guardUnsaved() {
  confirmBeforeLeaving('Du har ändringar i fallet som inte är sparade. Vill du lämna sidan ändå? Ändringarna försvinner.', unsaved);
}

adminPage(load, {
  roles: ['TRAINER', 'ADMIN'],
  forbiddenText: 'Sidan är för utbildare och administratörer. Kontakta en administratör i din organisation om du behöver den.',
});
