import {
  api, el, page, param, requiredParam, show, paragraphs, markdown, errorMessage, announce, legalReferences, principleTags,
  ApiError, nbsp, confirmBeforeLeaving,
} from './kasus.js';
import { caseSummary } from './fallsammanfattning.js';
import { lmsLaunch } from './lms.js';

// One page plays a case two ways: a learner's attempt (?forsok=<attemptId>), saved as it goes, and a trainer's
// preview of a draft's case (?utkast=<draftId>&fall=<caseId>), which the server plays by the same rules and stores
// nothing of: the page keeps the path taken and sends it with every choice. Only the data source differs.

const REFLECTION_MAX = 10000;
const PREVIEW_BANNER = 'Förhandsgranskning – inget sparas';
const PREVIEW_ROLES = ['TRAINER', 'ADMIN'];
const draftId = param('utkast');
const PREVIEW = draftId !== null;
let source = null;
// Reflection text typed but not saved; guards leaving the page (see guardUnsavedText).
let unsaved = () => false;

if (!PREVIEW) lmsLaunch();

/** A learner's attempt: every choice is recorded by the server. */
function attemptSource(attemptId) {
  const base = `/api/attempts/${encodeURIComponent(attemptId)}`;
  return {
    load: () => api(base),
    decide: (stepId, optionId) => api(`${base}/decisions`, { method: 'POST', body: { stepId, optionId } }),
  };
}

/** A trainer's preview of a draft's case: the page keeps the path and the latest state; the server stores nothing. */
function previewSource(caseId) {
  const base = `/api/authoring/drafts/${encodeURIComponent(draftId)}/preview/cases/${encodeURIComponent(caseId)}`;
  let path = [];
  let current = null;
  let summary = null;
  return {
    async load() {
      if (!current) current = await api(base);
      return current;
    },
    async decide(stepId, optionId) {
      const result = await api(`${base}/decisions`, { method: 'POST', body: { decisions: path, stepId, optionId } });
      if (!path.some((d) => d.stepId === stepId)) path = [...path, { stepId, optionId }];
      current = result.attempt;
      summary = result.summary;
      return result.feedback;
    },
    summary: () => summary,
    restart() {
      path = [];
      current = null;
      summary = null;
    },
  };
}

function editorHref() {
  return `/forfatta/utkast.html?id=${encodeURIComponent(draftId)}`;
}

page(async (content, me) => {
  if (PREVIEW) {
    await startPreview(content, me);
    return;
  }
  const attemptId = requiredParam('forsok', 'Länken saknar uppgift om vilket fall du vill öppna. Gå till kursöversikten och välj fallet där.');
  source = attemptSource(attemptId);
  const attempt = await source.load();
  render(content, attempt);
  if (attempt.decisions.length > 0) {
    // Resuming: go straight to where the learner left off rather than to the top of the story.
    focusStage();
  }
});
guardUnsavedText();

async function startPreview(content, me) {
  const caseId = requiredParam('fall', 'Länken saknar uppgift om vilket fall i utkastet du vill förhandsgranska. Gå till utkastet och välj fallet där.');
  if (!PREVIEW_ROLES.some((role) => (me.roles || []).includes(role))) {
    previewForbidden(content);
    return;
  }
  source = previewSource(caseId);
  let attempt;
  try {
    attempt = await source.load();
  } catch (e) {
    if (previewFailure(content, e)) return;
    throw e;
  }
  render(content, attempt);
  announce(`${PREVIEW_BANNER}. Du spelar utkastets fall som en deltagare.`);
}

function previewForbidden(content) {
  document.title = 'Förhandsgranskning – Kasus';
  show(content, el('h1', {}, 'Förhandsgranskning'), errorMessage('Förhandsgranskning är för utbildare.'),
    el('p', {}, el('a', { href: '/' }, 'Till Mina kurser')));
}

/** Shows a preview that could not start in Swedish; false for failures the page's own handling covers. */
function previewFailure(content, e) {
  if (!(e instanceof ApiError)) return false;
  if (e.status === 403) {
    previewForbidden(content);
    return true;
  }
  if (e.status === 422 && e.type === 'draft-has-problems') {
    document.title = 'Utkastet har fel – Förhandsgranskning – Kasus';
    show(content, el('h1', {}, 'Utkastet kan inte förhandsgranskas'),
      errorMessage(e.message),
      el('h2', {}, e.violations.length === 1 ? 'Felet' : 'Felen'),
      el('ul', { class: 'draft-problems' }, e.violations.map((v) => el('li', {},
        el('strong', {}, v.field), `: ${v.message}`))),
      el('p', {}, el('a', { href: editorHref() }, 'Gå till utkastet och rätta felen')));
    return true;
  }
  if (e.status === 404) {
    show(content, el('h1', {}, 'Det finns inte här'),
      errorMessage('Utkastet eller fallet finns inte. Länken kan vara fel eller gammal.'),
      el('p', {}, el('a', { href: editorHref() }, 'Till utkastet')));
    return true;
  }
  return false;
}

function previewBanner() {
  return el('div', { class: 'preview-banner', role: 'note', 'aria-labelledby': 'preview-banner-title' },
    el('p', { id: 'preview-banner-title', class: 'preview-banner-title' }, PREVIEW_BANNER),
    el('p', {}, 'Du spelar utkastets fall som en deltagare. Dina val och svar sparas inte och räknas inte som ett försök.'),
    el('p', {}, el('a', { href: editorHref() }, 'Tillbaka till utkastet')));
}

function render(content, attempt) {
  document.title = PREVIEW ? `${attempt.title} – Förhandsgranskning – Kasus` : `${attempt.title} – Fall – Kasus`;
  const stage = el('div', { id: 'stage' });
  show(content,
    PREVIEW ? previewBanner() : null,
    el('h1', {}, attempt.title),
    el('dl', { class: 'meta panel' },
      el('dt', {}, 'Var det händer'), el('dd', {}, attempt.setting),
      el('dt', {}, 'Din roll'), el('dd', {}, attempt.role),
      el('dt', {}, 'Principer i fokus'), el('dd', {}, attempt.principlesInFocus.map((p) => p.name).join(', '))),
    el('h2', {}, 'Berättelse'),
    el('div', { class: 'narrative' }, attempt.narrativeHtml ? markdown(attempt.narrativeHtml) : paragraphs(attempt.narrative)),
    history(attempt),
    stage);
  unsaved = () => false;
  if (attempt.finished) {
    stage.replaceChildren(PREVIEW ? previewEnd(attempt) : reflection(attempt));
  } else {
    stage.replaceChildren(step(attempt));
  }
}

function focusStage() {
  const heading = document.querySelector('#stage h2');
  if (!heading) return;
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

function history(attempt) {
  if (attempt.decisions.length === 0) return null;
  return el('section', { class: 'history', 'aria-labelledby': 'history-heading' },
    el('h2', { id: 'history-heading' }, 'Dina beslut hittills'),
    attempt.decisions.map((d) => el('details', {},
      el('summary', {}, `${d.prompt} Du valde ${d.optionId}: ${d.score} av ${d.maxScore} poäng`),
      feedbackBody(d))));
}

function step(attempt) {
  const s = attempt.currentStep;
  const headingId = `step-${s.id}`;
  const errorSlot = el('div', { id: 'step-error' });
  const options = s.options.map((o) => {
    const inputId = `option-${s.id}-${o.id}`;
    return el('div', { class: 'option' },
      el('input', { type: 'radio', name: 'option', id: inputId, value: o.id }),
      el('label', { for: inputId }, el('span', { class: 'option-id' }, `${o.id}.`), ' ', nbsp(o.text)));
  });
  const button = el('button', { type: 'submit' }, 'Bekräfta ditt val');
  const form = el('form', { novalidate: true },
    el('fieldset', { 'aria-describedby': attempt.decisions.length === 0 ? 'final-note step-error' : 'step-error' },
      el('legend', {}, s.prompt), options),
    errorSlot,
    button);
  let sending = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending) return;
    const chosen = form.querySelector('input[name=option]:checked');
    if (!chosen) {
      errorSlot.replaceChildren(errorMessage('Välj ett av alternativen innan du går vidare.'));
      form.querySelector('input[name=option]').focus();
      return;
    }
    sending = true;
    button.setAttribute('aria-disabled', 'true');
    errorSlot.replaceChildren();
    try {
      const feedback = await source.decide(s.id, chosen.value);
      showFeedback(feedback);
    } catch (e) {
      sending = false;
      button.removeAttribute('aria-disabled');
      if (e instanceof ApiError && (e.type === 'step-already-answered' || e.type === 'step-not-current')) {
        await reload(true);
        return;
      }
      errorSlot.replaceChildren(errorMessage(e.message));
      announce(e.message);
    }
  });
  return el('section', { 'aria-labelledby': headingId },
    el('h2', { id: headingId, tabindex: '-1' }, `Beslutspunkt ${s.number} av ${s.of}`),
    attempt.decisions.length === 0
      ? el('p', { id: 'final-note', class: 'message' },
        'När du har bekräftat ett val kan du inte ändra det. Läs alla alternativ innan du väljer.')
      : null,
    s.situation ? el('p', {}, nbsp(s.situation)) : null,
    form);
}

function feedbackBody(f) {
  return [
    el('p', {}, el('strong', {}, 'Ditt val: '), `${f.optionId}. ${nbsp(f.optionText)}`),
    el('p', { class: 'score' }, `Poäng: ${f.score} av ${f.maxScore}`, f.best ? ' – det bästa valet.' : ''),
    principleTags('Följer', 'honoured', f.honoured),
    principleTags('Bryter mot', 'violated', f.violated),
    principleTags('Delvis', 'mixed', f.mixed),
    f.feedbackHtml ? markdown(f.feedbackHtml) : el('p', {}, nbsp(f.feedback)),
    f.consequence ? (f.consequenceHtml ? markdown(f.consequenceHtml, el('strong', {}, 'Konsekvens: '))
      : el('p', {}, el('strong', {}, 'Konsekvens: '), nbsp(f.consequence))) : null,
    f.bestOptionId
      ? el('div', { class: 'best-option' },
        el('h3', {}, 'Det bästa valet'),
        el('p', {}, `${f.bestOptionId}. ${nbsp(f.bestOptionText)}`),
        f.bestFeedbackHtml ? markdown(f.bestFeedbackHtml, el('strong', {}, 'Varför: '))
          : el('p', {}, el('strong', {}, 'Varför: '), nbsp(f.bestFeedback)))
      : null,
    legalReferences(f.legalReferences),
  ];
}

function showFeedback(f) {
  const stage = document.getElementById('stage');
  const onwards = PREVIEW ? 'Gå vidare till reflektionen och sammanfattningen' : 'Gå vidare till reflektionen';
  const next = el('button', { type: 'button' }, f.caseFinished ? onwards : 'Fortsätt till nästa beslutspunkt');
  // The answer to a decision carries the attempt after it: the next step is shown without asking again.
  next.addEventListener('click', () => reload(true, f.attempt));
  stage.replaceChildren(el('section', { class: 'feedback', 'aria-labelledby': 'feedback-heading' },
    el('h2', { id: 'feedback-heading', tabindex: '-1' }, 'Återkoppling'),
    feedbackBody(f),
    el('div', { class: 'actions' }, next)));
  document.getElementById('feedback-heading').focus();
  announce(PREVIEW
    ? `Förhandsgranskning: valet sparas inte. Du fick ${f.score} av ${f.maxScore} poäng.`
    : `Ditt val är registrerat. Du fick ${f.score} av ${f.maxScore} poäng.`);
}

async function reload(focus, known) {
  const content = document.getElementById('content');
  try {
    const attempt = known || await source.load();
    render(content, attempt);
    if (focus) focusStage();
  } catch (e) {
    const stage = document.getElementById('stage');
    stage.append(errorMessage(e.message));
  }
}

function count(n) {
  return n.toLocaleString('sv-SE');
}

function counterText(length) {
  return length > REFLECTION_MAX
    ? `${count(length)} av högst ${count(REFLECTION_MAX)} tecken. Ta bort ${count(length - REFLECTION_MAX)} tecken.`
    : `${count(length)} av högst ${count(REFLECTION_MAX)} tecken.`;
}

function reflection(attempt) {
  const r = attempt.reflection;
  const status = el('div', { role: 'status', id: 'reflection-status' });
  const counter = el('p', { id: 'reflection-count', class: 'hint counter' });
  // Screen readers hear the count when they pause typing, not at every key.
  const spokenCount = el('div', { class: 'skip-visually', 'aria-live': 'polite', id: 'reflection-count-live' });
  const text = el('textarea', {
    id: 'reflection-text', name: 'text', 'aria-describedby': 'reflection-privacy reflection-count reflection-status',
  });
  text.value = r.answer || '';
  let saved = text.value;
  unsaved = () => text.value !== saved;
  counter.textContent = counterText(text.value.length);
  let pause = 0;
  text.addEventListener('input', () => {
    counter.textContent = counterText(text.value.length);
    counter.classList.toggle('over', text.value.length > REFLECTION_MAX);
    window.clearTimeout(pause);
    pause = window.setTimeout(() => { spokenCount.textContent = counter.textContent; }, 1500);
  });
  const button = el('button', { type: 'submit' }, r.answered ? 'Spara ändringen' : 'Spara svaret');
  const form = el('form', { novalidate: true },
    el('div', { class: 'field' },
      el('label', { for: 'reflection-text' }, 'Ditt svar'),
      el('p', { id: 'reflection-privacy', class: 'hint' }, r.privacy)),
    text, counter, spokenCount, el('div', { class: 'actions' }, button), status);
  let sending = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending) return;
    if (!text.value.trim()) {
      status.replaceChildren(errorMessage('Skriv något innan du sparar.'));
      text.setAttribute('aria-invalid', 'true');
      text.focus();
      return;
    }
    // The button keeps focus (a disabled button would drop it to the top of the page).
    sending = true;
    button.setAttribute('aria-disabled', 'true');
    try {
      const value = text.value;
      await api(`/api/attempts/${encodeURIComponent(attempt.attemptId)}/reflection`, { method: 'PUT', body: { text: value } });
      saved = value;
      text.removeAttribute('aria-invalid');
      status.replaceChildren(el('p', { class: 'message ok' }, 'Ditt svar är sparat.'));
    } catch (e) {
      const message = e instanceof ApiError ? (e.violation('text') || e.message) : e.message;
      text.setAttribute('aria-invalid', 'true');
      status.replaceChildren(errorMessage(message));
    } finally {
      sending = false;
      button.removeAttribute('aria-disabled');
      status.scrollIntoView({ block: 'nearest' });
    }
  });
  return el('section', { 'aria-labelledby': 'reflection-heading' },
    el('h2', { id: 'reflection-heading', tabindex: '-1' }, 'Reflektion'),
    el('p', {}, `Du har gått igenom fallet och fick ${attempt.score} av ${attempt.maxScore} poäng.`),
    el('p', {}, el('strong', {}, r.question)),
    form,
    el('div', { class: 'actions' },
      el('a', { class: 'button', href: `/sammanfattning.html?forsok=${encodeURIComponent(attempt.attemptId)}` }, 'Se sammanfattningen av fallet'),
      el('a', { class: 'button secondary', href: `/kurs.html?id=${encodeURIComponent(attempt.enrollmentId)}` }, 'Till kursöversikten')));
}

/** The end of a preview: the reflection question (no answer is saved), the learner's summary, the way back. */
function previewEnd(attempt) {
  const summary = source.summary();
  const again = el('button', { type: 'button', class: 'secondary' }, 'Spela fallet igen');
  again.addEventListener('click', () => {
    source.restart();
    reload(true);
  });
  return el('div', {},
    el('section', { 'aria-labelledby': 'reflection-heading' },
      el('h2', { id: 'reflection-heading', tabindex: '-1' }, 'Reflektion'),
      el('p', {}, `Du har gått igenom fallet och fick ${attempt.score} av ${attempt.maxScore} poäng.`),
      el('p', {}, el('strong', {}, attempt.reflection.question)),
      el('p', { class: 'message' }, attempt.reflection.privacy)),
    summary
      ? el('section', { 'aria-labelledby': 'summary-heading', class: 'case-summary' },
        el('h2', { id: 'summary-heading' }, 'Sammanfattning av fallet'),
        caseSummary(summary, { level: 'h3', chartId: 'preview-chart' }))
      : null,
    el('div', { class: 'actions' },
      el('a', { class: 'button', href: editorHref() }, 'Tillbaka till utkastet'),
      again));
}

/** Asks before unsaved reflection text is lost: on closing or reloading the tab, and on links within Kasus. */
function guardUnsavedText() {
  confirmBeforeLeaving('Du har inte sparat ditt svar. Vill du lämna sidan ändå? Det du har skrivit försvinner.', () => unsaved());
}
