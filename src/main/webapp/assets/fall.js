import {
  api, el, page, requiredParam, show, paragraphs, markdown, errorMessage, announce, legalReferences, principleTags, ApiError, nbsp,
} from './kasus.js';
import { lmsLaunch } from './lms.js';

lmsLaunch();

const REFLECTION_MAX = 10000;
let attemptId = '';
// Reflection text typed but not saved; guards leaving the page (see guardUnsavedText).
let unsaved = () => false;

page(async (content) => {
  attemptId = requiredParam('forsok', 'Länken saknar uppgift om vilket fall du vill öppna. Gå till kursöversikten och välj fallet där.');
  const attempt = await api(`/api/attempts/${encodeURIComponent(attemptId)}`);
  render(content, attempt);
  if (attempt.decisions.length > 0) {
    // Resuming: go straight to where the learner left off rather than to the top of the story.
    focusStage();
  }
});
guardUnsavedText();

function render(content, attempt) {
  document.title = `${attempt.title} – Fall – Kasus`;
  const stage = el('div', { id: 'stage' });
  show(content,
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
    stage.replaceChildren(reflection(attempt));
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
      const feedback = await api(`/api/attempts/${encodeURIComponent(attemptId)}/decisions`,
        { method: 'POST', body: { stepId: s.id, optionId: chosen.value } });
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
  const next = el('button', { type: 'button' }, f.caseFinished ? 'Gå vidare till reflektionen' : 'Fortsätt till nästa beslutspunkt');
  next.addEventListener('click', () => reload(true));
  stage.replaceChildren(el('section', { class: 'feedback', 'aria-labelledby': 'feedback-heading' },
    el('h2', { id: 'feedback-heading', tabindex: '-1' }, 'Återkoppling'),
    feedbackBody(f),
    el('div', { class: 'actions' }, next)));
  document.getElementById('feedback-heading').focus();
  announce(`Ditt val är registrerat. Du fick ${f.score} av ${f.maxScore} poäng.`);
}

async function reload(focus) {
  const content = document.getElementById('content');
  try {
    const attempt = await api(`/api/attempts/${encodeURIComponent(attemptId)}`);
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
      await api(`/api/attempts/${encodeURIComponent(attemptId)}/reflection`, { method: 'PUT', body: { text: value } });
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

/** Asks before unsaved reflection text is lost: on closing or reloading the tab, and on links within Kasus. */
function guardUnsavedText() {
  const question = 'Du har inte sparat ditt svar. Vill du lämna sidan ändå? Det du har skrivit försvinner.';
  let confirmed = false;
  window.addEventListener('beforeunload', (event) => {
    if (confirmed || !unsaved()) return;
    event.preventDefault();
    event.returnValue = '';
  });
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || !unsaved() || link.getAttribute('href').startsWith('#')) return;
    if (window.confirm(question)) {
      confirmed = true;
    } else {
      event.preventDefault();
    }
  });
}
