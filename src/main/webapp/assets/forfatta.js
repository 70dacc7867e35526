import { api, el, show, announce } from './kasus.js';
import { adminPage, clearErrors, field, fieldError } from './admin-common.js';
import { DRAFTS, FORBIDDEN_TEXT, authoring, dateTime, detailOf, documentUrl, problemText } from './forfatta-common.js';

// Författa: the drafts in progress, and how a trainer starts one (from a published course, or a new empty course)
// or imports a course zip.

const COURSE_ID_HINT = 'Små bokstäver a–z, siffror och bindestreck, till exempel mr-kommunen-2027.';

function draftsTable(drafts, counts) {
  if (drafts.length === 0) return el('p', {}, 'Det finns inga utkast. Börja ett med formulären nedan.');
  return el('div', { class: 'table-wrap' }, el('table', { class: 'stack', id: 'utkast-lista' },
    el('caption', {}, drafts.length === 1 ? '1 utkast' : `${drafts.length} utkast`),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Kurs'), el('th', { scope: 'col' }, 'Utgår från'),
      el('th', { scope: 'col' }, 'Senast ändrat av'), el('th', { scope: 'col' }, 'Senast ändrat'),
      el('th', { scope: 'col' }, 'Problem'))),
    el('tbody', {}, drafts.map((d) => el('tr', {},
      el('th', { scope: 'row' }, el('a', { href: `utkast.html?id=${encodeURIComponent(d.draftId)}` }, `Utkast för ${d.courseId}`)),
      el('td', { 'data-label': 'Utgår från' }, d.basedOnVersion ? `Version ${d.basedOnVersion}` : 'Ny kurs eller kopia'),
      el('td', { 'data-label': 'Senast ändrat av' }, d.updatedBy || '–'),
      el('td', { 'data-label': 'Senast ändrat' }, dateTime(d.updatedAt)),
      el('td', { 'data-label': 'Problem' }, counts[d.draftId] === undefined ? '–'
        : counts[d.draftId] === 0 ? 'Inga' : String(counts[d.draftId])))))));
}

/** Shows a rejected start's message at the right field (the course id, the course to copy) or above the form. */
function showStartProblem(form, answer, idField, sourceField, status) {
  const type = answer.type || '';
  let input = null;
  if (type === 'course-id-invalid') input = fieldError(form, idField, detailOf(answer));
  else if (answer.status === 404 && sourceField) input = fieldError(form, sourceField, 'Kursen finns inte som publicerad kurs.');
  else if (answer.status === 404) input = fieldError(form, idField, 'Det finns ingen publicerad kurs med det id:t.');
  if (input) {
    input.focus();
  } else {
    status.replaceChildren(el('p', { class: 'message error', role: 'alert' }, detailOf(answer)));
  }
}

function copyForm(courses) {
  const source = el('select', { name: 'copyOf' },
    el('option', { value: '' }, 'Välj en kurs'),
    courses.map((c) => el('option', { value: c.id }, `${c.title} (${c.id}, version ${c.version})`)));
  const courseId = el('input', { type: 'text', name: 'courseId', autocomplete: 'off', spellcheck: 'false' });
  const status = el('div', {});
  const form = el('form', { id: 'fran-kurs', novalidate: true },
    field('kalla', 'Publicerad kurs', source),
    field('nytt-id', 'Id för utkastets kurs (valfritt)', courseId,
      'Lämna tomt för att göra en ny version av samma kurs. Ett nytt id gör en kopia som blir en egen kurs. ' + COURSE_ID_HINT),
    el('button', { type: 'submit' }, 'Börja utkastet'), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    status.replaceChildren();
    if (!source.value) {
      fieldError(form, 'kalla', 'Välj vilken publicerad kurs utkastet ska utgå från.').focus();
      return;
    }
    const id = courseId.value.trim();
    const body = id && id !== source.value ? { courseId: id, copyOf: source.value } : { courseId: source.value };
    const answer = await authoring(DRAFTS, { method: 'POST', body });
    if (answer.ok) {
      location.assign(`utkast.html?id=${encodeURIComponent(answer.data.draftId)}`);
      return;
    }
    showStartProblem(form, answer, 'nytt-id', body.copyOf ? 'kalla' : null, status);
  });
  return form;
}

function emptyForm() {
  const courseId = el('input', { type: 'text', name: 'courseId', autocomplete: 'off', spellcheck: 'false' });
  const title = el('input', { type: 'text', name: 'title', autocomplete: 'off' });
  const status = el('div', {});
  const form = el('form', { id: 'ny-kurs', novalidate: true },
    field('tom-id', 'Kursens id', courseId, COURSE_ID_HINT),
    field('tom-titel', 'Kursens titel', title),
    el('button', { type: 'submit' }, 'Skapa kursen'), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    status.replaceChildren();
    const invalid = [];
    if (!courseId.value.trim()) invalid.push(fieldError(form, 'tom-id', 'Skriv kursens id.'));
    if (!title.value.trim()) invalid.push(fieldError(form, 'tom-titel', 'Skriv kursens titel.'));
    if (invalid.length > 0) {
      invalid[0].focus();
      return;
    }
    const answer = await authoring(DRAFTS, { method: 'POST', body: { courseId: courseId.value.trim(), empty: true } });
    if (!answer.ok) {
      showStartProblem(form, answer, 'tom-id', null, status);
      return;
    }
    const draftId = answer.data.draftId;
    const course = await authoring(documentUrl(draftId, 'course.yaml'));
    if (course.ok) {
      const document = { ...course.data, title: title.value.trim() };
      await authoring(documentUrl(draftId, 'course.yaml'), { method: 'PUT', body: document, ifMatch: course.revision });
    }
    location.assign(`utkast.html?id=${encodeURIComponent(draftId)}`);
  });
  return form;
}

function importForm() {
  const file = el('input', { type: 'file', name: 'zip', accept: '.zip,application/zip' });
  const status = el('div', { id: 'import-resultat' });
  const form = el('form', { id: 'importera', novalidate: true },
    field('zip-fil', 'Kursfil (zip)', file, 'En zip i kursformatet, till exempel en kurs som exporterats från Kasus.'),
    el('button', { type: 'submit' }, 'Importera kursen'), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    status.replaceChildren();
    if (!file.files || file.files.length === 0) {
      fieldError(form, 'zip-fil', 'Välj en zip-fil att importera.').focus();
      return;
    }
    const answer = await authoring('/api/authoring/imports', { method: 'POST', rawBody: file.files[0], contentType: 'application/zip' });
    if (answer.ok) {
      const imported = answer.data;
      const text = imported.created
        ? `Kursen ${imported.courseId} är importerad som version ${imported.versionNumber}.`
        : `Kursen ${imported.courseId} har redan samma innehåll i version ${imported.versionNumber}. Ingen ny version skapades.`;
      status.replaceChildren(el('p', { class: 'message ok' }, text));
      announce(text);
      return;
    }
    const problems = answer.data && answer.data.report && Array.isArray(answer.data.report.problems) ? answer.data.report.problems : [];
    status.replaceChildren(...[el('div', { class: 'message error', role: 'alert' }, el('p', {}, detailOf(answer))),
      problems.length > 0 ? importProblems(problems) : null].filter(Boolean));
  });
  return form;
}

/** The problems of a rejected zip: like a draft's, but without links (the files are not in a draft). */
function importProblems(problems) {
  return el('ul', { id: 'import-problem' }, problems.map((p) => el('li', {},
    el('code', {}, p.file), ' ', el('code', {}, p.field || ''), ': ', problemText(p), el('span', { class: 'hint block' }, p.message))));
}

async function load(content) {
  const [drafts, courses] = await Promise.all([api(DRAFTS), api('/api/courses')]);
  const counts = {};
  await Promise.all(drafts.map(async (d) => {
    const answer = await authoring(`${DRAFTS}/${encodeURIComponent(d.draftId)}/problems`);
    if (answer.ok) counts[d.draftId] = answer.data.length;
  }));
  show(content,
    el('h1', {}, 'Författa'),
    el('p', {}, 'Här ändrar du kurser i ett utkast. Deltagarna ser inget av utkastet förrän du publicerar det som en ny version.'),
    el('section', { 'aria-labelledby': 'rubrik-utkast' }, el('h2', { id: 'rubrik-utkast' }, 'Utkast'), draftsTable(drafts, counts)),
    el('section', { 'aria-labelledby': 'rubrik-fran-kurs' },
      el('h2', { id: 'rubrik-fran-kurs' }, 'Börja ett utkast från en publicerad kurs'), copyForm(courses)),
    el('section', { 'aria-labelledby': 'rubrik-ny-kurs' },
      el('h2', { id: 'rubrik-ny-kurs' }, 'Börja en ny tom kurs'), emptyForm()),
    el('section', { 'aria-labelledby': 'rubrik-importera' },
      el('h2', { id: 'rubrik-importera' }, 'Importera en kurs från en zip-fil'), importForm()));
}

adminPage(load, { roles: ['TRAINER', 'ADMIN'], forbiddenText: FORBIDDEN_TEXT });
