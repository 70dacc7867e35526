import {
  api, el, page, param, show, paragraphs, errorMessage, announce, legalReferences, principleTags, ApiError,
} from './kasus.js';

const attemptId = param('forsok') || '';

page(async (content) => {
  const attempt = await api(`/api/attempts/${encodeURIComponent(attemptId)}`);
  render(content, attempt);
});

function render(content, attempt) {
  const stage = el('div', { id: 'stage' });
  show(content,
    el('h1', {}, attempt.title),
    el('dl', { class: 'meta panel' },
      el('dt', {}, 'Miljö'), el('dd', {}, attempt.setting),
      el('dt', {}, 'Din roll'), el('dd', {}, attempt.role),
      el('dt', {}, 'Principer i fokus'), el('dd', {}, attempt.principlesInFocus.map((p) => p.name).join(', '))),
    el('h2', {}, 'Berättelse'),
    el('div', { class: 'narrative' }, paragraphs(attempt.narrative)),
    history(attempt),
    stage);
  if (attempt.finished) {
    stage.replaceChildren(reflection(attempt));
  } else {
    stage.replaceChildren(step(attempt));
  }
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
      el('label', { for: inputId }, `${o.id}. ${o.text}`));
  });
  const button = el('button', { type: 'submit' }, 'Välj det här alternativet');
  const form = el('form', { novalidate: true },
    el('fieldset', { 'aria-describedby': 'step-error' }, el('legend', {}, s.prompt), options),
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
    button.disabled = true;
    errorSlot.replaceChildren();
    try {
      const feedback = await api(`/api/attempts/${encodeURIComponent(attemptId)}/decisions`,
        { method: 'POST', body: { stepId: s.id, optionId: chosen.value } });
      showFeedback(feedback);
    } catch (e) {
      sending = false;
      button.disabled = false;
      if (e instanceof ApiError && (e.type === 'step-already-answered' || e.type === 'step-not-current')) {
        await reload();
        return;
      }
      errorSlot.replaceChildren(errorMessage(e.message));
      announce(e.message);
    }
  });
  return el('section', { 'aria-labelledby': headingId },
    el('h2', { id: headingId, tabindex: '-1' }, `Beslutspunkt ${s.number} av ${s.of}`),
    s.situation ? el('p', {}, s.situation) : null,
    form);
}

function feedbackBody(f) {
  return [
    el('p', {}, el('strong', {}, 'Ditt val: '), `${f.optionId}. ${f.optionText}`),
    el('p', { class: 'score' }, `Poäng: ${f.score} av ${f.maxScore}`, f.best ? ' – det bästa valet.' : ''),
    principleTags('Följer', 'honoured', f.honoured),
    principleTags('Bryter mot', 'violated', f.violated),
    principleTags('Delvis', 'mixed', f.mixed),
    el('p', {}, f.feedback),
    f.consequence ? el('p', {}, el('strong', {}, 'Konsekvens: '), f.consequence) : null,
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

async function reload(focusStage) {
  const content = document.getElementById('content');
  try {
    const attempt = await api(`/api/attempts/${encodeURIComponent(attemptId)}`);
    render(content, attempt);
    if (focusStage) {
      const heading = document.querySelector('#stage h2');
      if (heading) heading.focus();
    }
  } catch (e) {
    const stage = document.getElementById('stage');
    stage.append(errorMessage(e.message));
  }
}

function reflection(attempt) {
  const r = attempt.reflection;
  const status = el('div', { role: 'status' });
  const text = el('textarea', { id: 'reflection-text', name: 'text', 'aria-describedby': 'reflection-privacy' });
  text.value = r.answer || '';
  const button = el('button', { type: 'submit' }, r.answered ? 'Spara ändringen' : 'Spara svaret');
  const form = el('form', {},
    el('div', { class: 'field' },
      el('label', { for: 'reflection-text' }, 'Ditt svar'),
      el('p', { id: 'reflection-privacy', class: 'hint' }, r.privacy)),
    text, el('div', { class: 'actions' }, button), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!text.value.trim()) {
      status.replaceChildren(errorMessage('Skriv något innan du sparar.'));
      text.focus();
      return;
    }
    button.disabled = true;
    try {
      await api(`/api/attempts/${encodeURIComponent(attemptId)}/reflection`, { method: 'PUT', body: { text: text.value } });
      status.replaceChildren(el('p', { class: 'message ok' }, 'Ditt svar är sparat.'));
    } catch (e) {
      status.replaceChildren(errorMessage(e.message));
    } finally {
      button.disabled = false;
    }
  });
  return el('section', { 'aria-labelledby': 'reflection-heading' },
    el('h2', { id: 'reflection-heading', tabindex: '-1' }, 'Reflektion'),
    el('p', {}, `Du har gått igenom fallet och fick ${attempt.score} av ${attempt.maxScore} poäng.`),
    el('p', {}, el('strong', {}, r.question)),
    form,
    el('div', { class: 'actions' },
      el('a', { class: 'button', href: `/sammanfattning.html?forsok=${attempt.attemptId}` }, 'Se sammanfattningen av fallet'),
      el('a', { class: 'button secondary', href: `/kurs.html?id=${attempt.enrollmentId}` }, 'Till kursöversikten')));
}
