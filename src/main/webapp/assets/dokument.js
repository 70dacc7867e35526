import { announce, el, param, requiredParam, show } from './kasus.js';
import { adminPage } from './admin-common.js';
import { FORBIDDEN_TEXT, authoring, detailOf, documentUrl, fail, problemTable } from './forfatta-common.js';

// A plain JSON editor for any document of a draft. Saves with the draft's revision as If-Match; when someone else
// saved first (409), shows the trainer's version beside the current one and lets them keep theirs or take the other.

const state = { draftId: null, path: null, revision: null };

function pretty(value) {
  return JSON.stringify(value, null, 2);
}

/** The text as JSON, or the Swedish reason it is not. */
function parse(text) {
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    return { error: 'Texten är inte giltig JSON, så den sparades inte. Kontrollera citattecken, kommatecken och klamrar.' };
  }
}

function setStatus(...children) {
  const area = document.getElementById('spara-resultat');
  area.replaceChildren(...children);
  return area;
}

function showProblems(problems) {
  const own = problems.filter((p) => p.file === state.path);
  document.getElementById('problem-omrade').replaceChildren(...[
    el('h2', { id: 'rubrik-problem' }, `Problem i utkastet efter sparandet (${problems.length})`),
    problems.length > 0 ? el('p', {}, own.length === 0 ? 'Inga av problemen gäller det här dokumentet.'
      : own.length === 1 ? '1 problem gäller det här dokumentet.' : `${own.length} problem gäller det här dokumentet.`) : null,
    problemTable(state.draftId, problems)].filter(Boolean));
}

async function save(text, revision) {
  const parsed = parse(text);
  const editor = document.getElementById('json');
  if (parsed.error) {
    editor.setAttribute('aria-invalid', 'true');
    const message = el('p', { class: 'message error', role: 'alert', tabindex: '-1' }, parsed.error);
    setStatus(message);
    editor.focus();
    return;
  }
  editor.removeAttribute('aria-invalid');
  const answer = await authoring(documentUrl(state.draftId, state.path), { method: 'PUT', body: parsed.value, ifMatch: revision });
  if (answer.ok) {
    state.revision = answer.revision;
    document.getElementById('konflikt').replaceChildren();
    const message = el('p', { class: 'message ok', id: 'sparat', tabindex: '-1' },
      `Dokumentet är sparat (revision ${answer.revision}).`
      + (answer.data.problems.length === 0 ? ' Utkastet har inga problem.' : ` Utkastet har ${answer.data.problems.length} problem, se listan nedan.`));
    setStatus(message);
    showProblems(answer.data.problems);
    message.focus();
    return;
  }
  if (answer.status === 409) {
    conflict(text, answer.data || {});
    return;
  }
  const message = el('p', { class: 'message error', role: 'alert', tabindex: '-1' }, detailOf(answer));
  setStatus(message);
  message.focus();
}

/** Someone else saved the draft: both versions side by side, and the two ways on. */
function conflict(written, problem) {
  const parsed = parse(written);
  const mine = parsed.error ? written : pretty(parsed.value);
  const current = problem.document === null || problem.document === undefined ? '' : pretty(problem.document);
  const currentRevision = problem.currentRevision;
  setStatus();
  const heading = el('h2', { id: 'rubrik-konflikt', tabindex: '-1' }, 'Någon annan har ändrat utkastet');
  const area = document.getElementById('konflikt');
  area.replaceChildren(el('section', { class: 'conflict-panel', 'aria-labelledby': 'rubrik-konflikt' },
    heading,
    el('p', { role: 'alert' }, `Någon annan sparade utkastet medan du redigerade (nu revision ${currentRevision}), så din ändring sparades inte.`
      + ' Jämför din version med den aktuella och välj vilken som ska gälla.'),
    el('div', { class: 'side-by-side' },
      el('div', {}, el('label', { for: 'min-version' }, 'Din version'),
        el('textarea', { id: 'min-version', readonly: true, rows: '18', spellcheck: 'false' }, mine)),
      el('div', {}, el('label', { for: 'aktuell-version' }, `Den aktuella versionen (revision ${currentRevision})`),
        el('textarea', { id: 'aktuell-version', readonly: true, rows: '18', spellcheck: 'false' },
          current || 'Dokumentet finns inte längre i utkastet.'))),
    el('div', { class: 'actions' },
      el('button', { type: 'button', onclick: () => save(mine, currentRevision) }, 'Behåll min version'),
      el('button', {
        type: 'button', class: 'secondary',
        onclick: () => {
          const editor = document.getElementById('json');
          editor.value = current;
          state.revision = currentRevision;
          area.replaceChildren();
          announce('Den aktuella versionen finns nu i redigeringsrutan.');
          editor.focus();
        },
      }, 'Ta den aktuella versionen'))));
  heading.focus();
}

async function load(content) {
  state.draftId = requiredParam('utkast', 'Länken saknar vilket utkast dokumentet hör till. Välj ett utkast under Författa.');
  state.path = requiredParam('sokvag', 'Länken saknar vilket dokument som ska öppnas. Välj ett dokument i utkastet.');
  const answer = await authoring(documentUrl(state.draftId, state.path));
  if (!answer.ok) fail(answer);
  state.revision = answer.revision;
  const fieldName = param('falt');
  const editor = el('textarea', { id: 'json', rows: '24', spellcheck: 'false', 'aria-describedby': 'json-hint' }, pretty(answer.data));
  const form = el('form', { id: 'dokument-form', novalidate: true },
    el('div', { class: 'field' },
      el('label', { for: 'json' }, `Dokumentet ${state.path} som JSON`),
      el('p', { class: 'hint', id: 'json-hint' }, 'Samma fält som i kursens YAML-filer, skrivna som JSON. Utkastet sparas även om det har problem, men kan inte publiceras förrän problemen är lösta.'
        + (fieldName ? ` Problemet du kom hit från gäller fältet ${fieldName}.` : '')),
      editor),
    el('button', { type: 'submit' }, 'Spara'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save(editor.value, state.revision);
  });
  const back = `utkast.html?id=${encodeURIComponent(state.draftId)}`;
  show(content,
    el('p', {}, el('a', { href: back }, 'Tillbaka till utkastet')),
    el('h1', {}, `Redigera ${state.path}`),
    form,
    el('div', { id: 'spara-resultat' }),
    el('div', { id: 'konflikt' }),
    el('section', { id: 'problem-omrade', 'aria-labelledby': 'rubrik-problem' },
      el('h2', { id: 'rubrik-problem' }, 'Problem i utkastet'), el('p', {}, 'Laddar …')));
  const problems = await authoring(`/api/authoring/drafts/${encodeURIComponent(state.draftId)}/problems`);
  if (problems.ok) {
    showProblems(problems.data);
    document.getElementById('rubrik-problem').textContent = `Problem i utkastet (${problems.data.length})`;
  }
}

adminPage(load, { roles: ['TRAINER', 'ADMIN'], forbiddenText: FORBIDDEN_TEXT });
