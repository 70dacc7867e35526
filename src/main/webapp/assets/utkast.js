import { announce, el, requiredParam, show } from './kasus.js';
import { adminPage, clearErrors, field, fieldError } from './admin-common.js';
import {
  DRAFTS, FORBIDDEN_TEXT, authoring, caseEditorHref, conflictMessage, dateTime, detailOf, documentUrl, editorHref, fail,
  previewHref, problemTable,
} from './forfatta-common.js';

// One draft: its course, modules with their cases, question banks and glossary; its problems; new modules and
// cases; removing a document; publishing; the course's published versions and a diff between two of them.

const state = { draftId: null, draft: null, revision: null, content: null };

const moduleFile = (moduleId) => `modules/${moduleId.toLowerCase()}.yaml`;

const KIND_TEXT = { course: 'Kursens uppgifter', principles: 'Principer', glossary: 'Ordlista' };

function reload() {
  // eslint-disable-next-line no-use-before-define
  load(state.content).catch((e) => show(state.content, el('h1', {}, 'Något gick fel'), el('p', { class: 'message error', role: 'alert' }, e.message)));
}

/** Shows a message in the action area at the top of the page and moves focus there. */
function say(node) {
  const area = document.getElementById('utkast-meddelande');
  area.replaceChildren(node);
  const focusable = node.querySelector('button') || node;
  if (!node.hasAttribute('tabindex') && focusable === node) node.setAttribute('tabindex', '-1');
  focusable.focus();
}

/** Handles a write's answer: 409 → "someone else changed it"; other 4xx → the problem's text. True when written. */
function written(answer) {
  if (answer.ok) return true;
  if (answer.status === 409) {
    say(conflictMessage(reload));
    return false;
  }
  say(el('div', { class: 'message error', role: 'alert' }, detailOf(answer)));
  return false;
}

async function put(path, document) {
  const answer = await authoring(documentUrl(state.draftId, path), { method: 'PUT', body: document, ifMatch: state.revision });
  if (answer.ok) state.revision = answer.revision;
  return answer;
}

async function documentJson(path) {
  const answer = await authoring(documentUrl(state.draftId, path));
  if (!answer.ok) fail(answer);
  return answer.data;
}

function confirmRemove(path, label, anchor) {
  const existing = document.getElementById('bekrafta');
  if (existing) existing.remove();
  const question = el('p', { id: 'bekrafta-fraga', tabindex: '-1' }, `Vill du ta bort ${label} (${path}) ur utkastet?`
    + ' Det som redan är publicerat påverkas inte.');
  const box = el('div', { class: 'confirm', id: 'bekrafta', role: 'group', 'aria-labelledby': 'bekrafta-fraga' },
    question,
    el('div', { class: 'actions' },
      el('button', {
        type: 'button', class: 'danger',
        onclick: async () => {
          const answer = await authoring(documentUrl(state.draftId, path), { method: 'DELETE', ifMatch: state.revision });
          box.remove();
          if (written(answer)) {
            announce(`${label} är borttaget.`);
            reload();
          }
        },
      }, 'Ja, ta bort'),
      el('button', { type: 'button', class: 'secondary', onclick: () => { box.remove(); anchor.focus(); } }, 'Avbryt')));
  anchor.insertAdjacentElement('afterend', box);
  question.focus();
}

function removeButton(path, label) {
  const button = el('button', { type: 'button', class: 'secondary small', 'aria-label': `Ta bort ${label}` }, 'Ta bort');
  button.addEventListener('click', () => confirmRemove(path, label, button));
  return button;
}

function documentLinks(path, label) {
  return el('span', { class: 'row-actions' },
    el('a', { href: editorHref(state.draftId, path), 'aria-label': `Redigera som JSON: ${label}` }, 'Redigera som JSON'),
    removeButton(path, label));
}

function caseItem(caseId, caseDocs) {
  const doc = caseDocs[caseId];
  const path = `cases/${caseId}.yaml`;
  const title = doc && doc.title ? doc.title : caseId;
  const label = `fallet ${title}`;
  return el('li', { class: 'draft-case' },
    el('span', { class: 'doc-name' }, `${title} `, el('span', { class: 'hint' }, `(${caseId})`),
      doc ? null : el('span', { class: 'hint' }, ' – dokumentet saknas')),
    doc ? el('span', { class: 'row-actions' },
      el('a', { href: caseEditorHref(state.draftId, caseId), 'aria-label': `Redigera ${label}` }, 'Redigera fallet'),
      el('a', { href: previewHref(state.draftId, caseId), 'aria-label': `Förhandsgranska ${label}` }, 'Förhandsgranska'),
      el('a', { href: editorHref(state.draftId, path), 'aria-label': `Som JSON: ${label}` }, 'Som JSON'),
      removeButton(path, label)) : null);
}

function moduleSection(moduleId, docs) {
  const module = docs.modules[moduleId];
  const path = moduleFile(moduleId);
  const title = module && module.title ? module.title : moduleId;
  const headingId = `modul-${moduleId}`;
  const quizPath = module && module.quiz ? `quizzes/${module.quiz}.yaml` : null;
  return el('section', { class: 'draft-module', 'aria-labelledby': headingId },
    el('h3', { id: headingId }, `${moduleId}: ${title}`),
    module ? el('p', {}, documentLinks(path, `modulen ${moduleId}`)) : el('p', { class: 'hint' }, 'Modulens dokument saknas.'),
    el('h4', {}, 'Fall'),
    module && module.cases && module.cases.length > 0
      ? el('ul', { class: 'draft-list' }, module.cases.map((c) => caseItem(c, docs.cases)))
      : el('p', {}, 'Modulen har inga fall ännu.'),
    quizPath ? el('p', {}, 'Frågebank: ', docs.paths.has(quizPath)
      ? [el('span', { class: 'doc-name' }, module.quiz), ' ', documentLinks(quizPath, `frågebanken ${module.quiz}`)]
      : `${module.quiz} (dokumentet saknas)`) : null);
}

function contentsSection(docs) {
  const course = docs.course || {};
  const listed = new Set();
  (course.modules || []).forEach((m) => {
    listed.add(moduleFile(m));
    const module = docs.modules[m];
    if (module) {
      (module.cases || []).forEach((c) => listed.add(`cases/${c}.yaml`));
      if (module.quiz) listed.add(`quizzes/${module.quiz}.yaml`);
    }
  });
  const others = state.draft.documents.filter((d) => !['course', 'principles', 'glossary'].includes(d.kind) && !listed.has(d.path));
  return el('section', { 'aria-labelledby': 'rubrik-innehall' },
    el('h2', { id: 'rubrik-innehall' }, 'Innehåll'),
    el('ul', { class: 'draft-list' }, state.draft.documents.filter((d) => KIND_TEXT[d.kind]).map((d) => el('li', {},
      el('span', { class: 'doc-name' }, `${KIND_TEXT[d.kind]} `, el('span', { class: 'hint' }, `(${d.path})`)),
      el('span', { class: 'row-actions' },
        el('a', { href: editorHref(state.draftId, d.path), 'aria-label': `Redigera som JSON: ${KIND_TEXT[d.kind].toLowerCase()}` }, 'Redigera som JSON'))))),
    el('h3', {}, 'Moduler'),
    (course.modules || []).length === 0 ? el('p', {}, 'Kursen har inga moduler ännu.') : null,
    (course.modules || []).map((m) => moduleSection(m, docs)),
    others.length > 0 ? [el('h3', {}, 'Dokument som ingen modul använder'),
      el('ul', { class: 'draft-list' }, others.map((d) => el('li', {}, el('span', { class: 'doc-name' }, d.path),
        ' ', documentLinks(d.path, d.path))))] : null);
}

function newModuleForm(docs) {
  const id = el('input', { type: 'text', autocomplete: 'off', spellcheck: 'false' });
  const title = el('input', { type: 'text', autocomplete: 'off' });
  const form = el('form', { id: 'ny-modul', novalidate: true, class: 'inline-form' },
    field('modul-id', 'Modulens id', id, 'M följt av ett nummer, till exempel M7.'),
    field('modul-titel', 'Modulens titel', title),
    el('button', { type: 'submit' }, 'Skapa modulen'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const moduleId = id.value.trim();
    const invalid = [];
    if (!/^M[0-9]{1,2}$/.test(moduleId)) invalid.push(fieldError(form, 'modul-id', 'Id:t ska vara M följt av ett eller två siffror, till exempel M7.'));
    else if (docs.paths.has(moduleFile(moduleId))) invalid.push(fieldError(form, 'modul-id', `Det finns redan en modul ${moduleId}.`));
    if (!title.value.trim()) invalid.push(fieldError(form, 'modul-titel', 'Skriv modulens titel.'));
    if (invalid.length > 0) {
      invalid[0].focus();
      return;
    }
    const path = moduleFile(moduleId);
    const module = {
      id: moduleId, title: title.value.trim(), introduction: 'Skriv en inledning till modulen.',
      objectives: ['Skriv vad deltagaren ska kunna efter modulen.'], keyConcepts: [], cases: [],
      quiz: `quiz-m${moduleId.slice(1)}`,
    };
    if (!written(await put(path, module))) return;
    const course = { ...docs.course, modules: [...(docs.course.modules || []), moduleId] };
    if (!written(await put('course.yaml', course))) return;
    location.assign(editorHref(state.draftId, path));
  });
  return form;
}

function newCaseForm(docs) {
  const moduleIds = (docs.course.modules || []).filter((m) => docs.modules[m]);
  const id = el('input', { type: 'text', autocomplete: 'off', spellcheck: 'false' });
  const title = el('input', { type: 'text', autocomplete: 'off' });
  const module = el('select', {}, el('option', { value: '' }, 'Välj modul'),
    moduleIds.map((m) => el('option', { value: m }, `${m}: ${docs.modules[m].title || ''}`)));
  const form = el('form', { id: 'nytt-fall', novalidate: true, class: 'inline-form' },
    field('fall-modul', 'Modul', module),
    field('fall-id', 'Fallets id', id, 'case- följt av två siffror, till exempel case-11.'),
    field('fall-titel', 'Fallets titel', title),
    el('button', { type: 'submit' }, 'Skapa fallet'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const caseId = id.value.trim();
    const invalid = [];
    if (!module.value) invalid.push(fieldError(form, 'fall-modul', 'Välj vilken modul fallet hör till.'));
    if (!/^case-[0-9]{2}$/.test(caseId)) invalid.push(fieldError(form, 'fall-id', 'Id:t ska vara case- följt av två siffror, till exempel case-11.'));
    else if (docs.paths.has(`cases/${caseId}.yaml`)) invalid.push(fieldError(form, 'fall-id', `Det finns redan ett fall ${caseId}.`));
    if (!title.value.trim()) invalid.push(fieldError(form, 'fall-titel', 'Skriv fallets titel.'));
    if (invalid.length > 0) {
      invalid[0].focus();
      return;
    }
    const principles = await documentJson('principles.yaml').catch(() => ({ principles: [] }));
    const firstPrinciple = (principles.principles || []).map((p) => p.code).filter(Boolean).slice(0, 1);
    const kase = {
      id: caseId, module: module.value, title: title.value.trim(), estimatedMinutes: 10,
      setting: 'Beskriv var fallet utspelar sig.', role: 'Beskriv deltagarens roll.', principlesInFocus: firstPrinciple,
      narrative: 'Skriv berättelsen.', start: 'dp1',
      steps: [{
        id: 'dp1', prompt: 'Vad gör du?', options: [
          { id: 'A', text: 'Det bästa alternativet.', score: 2, best: true, feedback: 'Skriv återkoppling.', next: 'end' },
          { id: 'B', text: 'Ett sämre alternativ.', score: 0, feedback: 'Skriv återkoppling.', next: 'end' },
        ],
      }],
      reflection: 'Skriv en fråga att reflektera över.', legalReferences: [],
    };
    const path = `cases/${caseId}.yaml`;
    if (!written(await put(path, kase))) return;
    const owner = docs.modules[module.value];
    const updated = { ...owner, cases: [...(owner.cases || []), caseId] };
    if (!written(await put(moduleFile(module.value), updated))) return;
    location.assign(caseEditorHref(state.draftId, caseId));
  });
  return form;
}

function publishSection() {
  const result = el('div', { id: 'publicera-resultat' });
  const button = el('button', { type: 'button', id: 'publicera' }, 'Publicera');
  button.addEventListener('click', async () => {
    result.replaceChildren();
    const answer = await authoring(`${DRAFTS}/${encodeURIComponent(state.draftId)}/publish`, { method: 'POST', ifMatch: state.revision });
    if (answer.ok) {
      state.revision = answer.revision;
      const text = answer.status === 201
        ? `Utkastet är publicerat som version ${answer.data.versionNumber} av ${answer.data.courseId}.`
        : `Utkastet har samma innehåll som version ${answer.data.versionNumber}. Ingen ny version publicerades.`;
      const message = el('p', { class: 'message ok', id: 'publicerad', tabindex: '-1' }, text);
      result.replaceChildren(message);
      message.focus();
      // eslint-disable-next-line no-use-before-define
      refreshHistory();
      return;
    }
    if (answer.status === 409) {
      say(conflictMessage(reload));
      return;
    }
    const problems = answer.data && answer.data.report ? answer.data.report.problems || [] : [];
    const message = el('div', { class: 'message error', role: 'alert', tabindex: '-1', id: 'publicera-fel' }, el('p', {}, detailOf(answer)));
    result.replaceChildren(...[message, problems.length > 0 ? problemTable(state.draftId, problems, { id: 'publicera-problem', caption: 'Problem som hindrar publicering' }) : null].filter(Boolean));
    message.focus();
  });
  return el('section', { 'aria-labelledby': 'rubrik-publicera' },
    el('h2', { id: 'rubrik-publicera' }, 'Publicera'),
    el('p', {}, 'När utkastet publiceras blir det en ny version av kursen. Deltagare som redan har börjat fortsätter med sin version.'),
    button, result);
}

function diffLines(text) {
  if (!text) return el('p', { id: 'diff-resultat', class: 'message' }, 'Versionerna har samma innehåll.');
  const lines = text.replace(/\n$/, '').split('\n');
  return el('div', { id: 'diff-resultat' },
    el('p', { class: 'hint' }, 'Rader som börjar med + och är märkta "Tillagd" finns bara i den nyare versionen; rader som börjar med − och är märkta "Borttagen" bara i den äldre.'),
    el('pre', { class: 'diff', tabindex: '0', 'aria-label': 'Skillnader mellan versionerna' }, lines.map((line) => {
      if (line.startsWith('+++') || line.startsWith('---') || line.startsWith('@@')) return el('span', { class: 'diff-meta' }, line, '\n');
      if (line.startsWith('+')) return el('ins', { class: 'diff-add' }, el('span', { class: 'skip-visually' }, 'Tillagd: '), line, '\n');
      if (line.startsWith('-')) return el('del', { class: 'diff-del' }, el('span', { class: 'skip-visually' }, 'Borttagen: '), line, '\n');
      return el('span', {}, line, '\n');
    })));
}

function versionSelect(versions, selected) {
  return el('select', {}, versions.map((v) => el('option', { value: String(v.versionNumber), selected: v.versionNumber === selected },
    `Version ${v.versionNumber} (${dateTime(v.publishedAt)})`)));
}

async function refreshHistory() {
  const slot = document.getElementById('historik');
  if (!slot) return;
  const courseId = state.draft.courseId;
  const answer = await authoring(`/api/authoring/courses/${encodeURIComponent(courseId)}/history`);
  const versions = answer.ok && Array.isArray(answer.data) ? answer.data : [];
  if (versions.length === 0) {
    slot.replaceChildren(el('p', {}, 'Kursen har inte publicerats ännu.'));
    return;
  }
  const from = versionSelect(versions, versions.length > 1 ? versions[versions.length - 2].versionNumber : versions[0].versionNumber);
  const to = versionSelect(versions, versions[versions.length - 1].versionNumber);
  const path = el('select', {}, el('option', { value: '' }, 'Alla dokument'),
    state.draft.documents.map((d) => el('option', { value: d.path }, d.path)));
  const output = el('div', { 'aria-live': 'polite' });
  const form = el('form', { id: 'jamfor', novalidate: true, class: 'diff-form' },
    field('diff-fran', 'Från version', from), field('diff-till', 'Till version', to),
    field('diff-sokvag', 'Dokument (valfritt)', path),
    el('button', { type: 'submit' }, 'Visa skillnader'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const query = new URLSearchParams({ from: from.value, to: to.value });
    if (path.value) query.set('path', path.value);
    const diff = await authoring(`/api/authoring/courses/${encodeURIComponent(courseId)}/diff?${query}`, { accept: 'text/plain, application/problem+json' });
    output.replaceChildren(diff.ok ? diffLines(diff.text) : el('p', { class: 'message error', role: 'alert' }, detailOf(diff)));
  });
  slot.replaceChildren(
    el('div', { class: 'table-wrap' }, el('table', { class: 'stack', id: 'versioner' },
      el('caption', {}, `Publicerade versioner av ${courseId}`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Version'), el('th', { scope: 'col' }, 'Publicerad'),
        el('th', { scope: 'col' }, 'Av'), el('th', { scope: 'col' }, 'Titel'))),
      el('tbody', {}, versions.slice().reverse().map((v) => el('tr', {},
        el('th', { scope: 'row' }, `Version ${v.versionNumber}`),
        el('td', { 'data-label': 'Publicerad' }, dateTime(v.publishedAt)),
        el('td', { 'data-label': 'Av' }, v.publishedBy || (v.source === 'import' ? 'Import från filer' : '–')),
        el('td', { 'data-label': 'Titel' }, v.title || '–')))))),
    el('p', {}, el('a', { href: `/api/authoring/courses/${encodeURIComponent(courseId)}/export`, download: '' },
      `Ladda ned den senaste publicerade versionen som zip-fil`)),
    el('h3', {}, 'Jämför två versioner'), form, output);
}

async function loadDocs() {
  const paths = new Set(state.draft.documents.map((d) => d.path));
  const docs = { paths, course: {}, modules: {}, cases: {} };
  const reads = state.draft.documents.filter((d) => ['course', 'module', 'case'].includes(d.kind)).map(async (d) => {
    const answer = await authoring(documentUrl(state.draftId, d.path));
    if (!answer.ok || !answer.data || typeof answer.data !== 'object') return;
    if (d.kind === 'course') docs.course = answer.data;
    else if (d.kind === 'module') docs.modules[answer.data.id || d.path.slice(8, -5)] = answer.data;
    else docs.cases[d.path.slice(6, -5)] = answer.data;
  });
  await Promise.all(reads);
  return docs;
}

async function load(content) {
  state.content = content;
  state.draftId = requiredParam('id', 'Länken saknar vilket utkast som ska öppnas. Välj ett utkast under Författa.');
  const answer = await authoring(`${DRAFTS}/${encodeURIComponent(state.draftId)}`);
  if (!answer.ok) fail(answer);
  state.draft = answer.data;
  state.revision = answer.revision;
  const docs = await loadDocs();
  const draft = state.draft;
  const title = docs.course.title || draft.courseId;
  show(content,
    el('p', {}, el('a', { href: 'index.html' }, 'Tillbaka till Författa')),
    el('h1', {}, `Utkast: ${title}`),
    el('dl', { class: 'meta' },
      el('dt', {}, 'Kurs'), el('dd', {}, draft.courseId),
      el('dt', {}, 'Utgår från'), el('dd', {}, draft.basedOnVersion ? `Version ${draft.basedOnVersion}` : 'Ny kurs eller kopia av en annan kurs'),
      el('dt', {}, 'Senast ändrat'), el('dd', {}, `${dateTime(draft.updatedAt)} av ${draft.updatedBy || '–'} (revision ${state.revision})`)),
    el('div', { id: 'utkast-meddelande' }),
    el('section', { 'aria-labelledby': 'rubrik-problem' },
      el('h2', { id: 'rubrik-problem' }, draft.problems.length === 0 ? 'Problem' : `Problem (${draft.problems.length})`),
      problemTable(state.draftId, draft.problems)),
    contentsSection(docs),
    el('section', { 'aria-labelledby': 'rubrik-nytt' },
      el('h2', { id: 'rubrik-nytt' }, 'Lägg till'),
      el('h3', {}, 'Ny modul'), newModuleForm(docs),
      el('h3', {}, 'Nytt fall'), newCaseForm(docs)),
    publishSection(),
    el('section', { 'aria-labelledby': 'rubrik-historik' },
      el('h2', { id: 'rubrik-historik' }, 'Publicerade versioner'), el('div', { id: 'historik' }, el('p', {}, 'Laddar …'))));
  await refreshHistory();
}

adminPage(load, { roles: ['TRAINER', 'ADMIN'], forbiddenText: FORBIDDEN_TEXT });
