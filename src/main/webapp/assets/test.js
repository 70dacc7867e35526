import { api, el, page, param, show, errorMessage, announce, legalReferences, ApiError } from './kasus.js';

const quizId = param('forsok') || '';

page(async (content) => {
  const quiz = await api(`/api/quiz-attempts/${encodeURIComponent(quizId)}`);
  render(content, quiz);
});

function render(content, quiz) {
  show(content,
    el('h1', {}, `Kunskapstest ${quiz.moduleId}`),
    el('p', {}, `${quiz.total} frågor. Du behöver minst ${quiz.passPercent} % rätt för att bli godkänd. `
      + 'Efter varje svar får du veta om det var rätt och varför.'),
    quiz.attemptNumber > 1 ? el('p', { class: 'hint' }, `Försök nummer ${quiz.attemptNumber}.`) : null,
    el('ol', { class: 'plain-list' }, quiz.questions.map((q) => el('li', { id: `q-${q.number}` }, question(quiz, q)))),
    el('div', { id: 'result' }, quiz.finished ? result(quiz) : null));
}

function question(quiz, q) {
  const headingId = `question-${q.number}`;
  if (q.answer) {
    return el('section', { 'aria-labelledby': headingId },
      el('h2', { id: headingId, tabindex: '-1' }, `Fråga ${q.number} av ${quiz.total}`),
      el('p', {}, q.stem),
      answered(q));
  }
  const errorSlot = el('div', {});
  const button = el('button', { type: 'submit' }, 'Svara');
  const form = el('form', { novalidate: true },
    el('fieldset', {}, el('legend', {}, q.stem),
      q.options.map((o) => {
        const id = `q${q.number}-${o.id}`;
        return el('div', { class: 'option' },
          el('input', { type: 'radio', name: `q${q.number}`, id, value: o.id }),
          el('label', { for: id }, o.text));
      })),
    errorSlot, button);
  let sending = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending) return;
    const chosen = form.querySelector('input:checked');
    if (!chosen) {
      errorSlot.replaceChildren(errorMessage('Välj ett svar först.'));
      form.querySelector('input').focus();
      return;
    }
    sending = true;
    button.disabled = true;
    try {
      await api(`/api/quiz-attempts/${encodeURIComponent(quizId)}/answers`,
        { method: 'POST', body: { questionId: q.id, optionId: chosen.value } });
      const quizNow = await api(`/api/quiz-attempts/${encodeURIComponent(quizId)}`);
      const updated = quizNow.questions.find((x) => x.id === q.id);
      const item = document.getElementById(`q-${q.number}`);
      item.replaceChildren(question(quizNow, updated));
      if (quizNow.finished) {
        document.getElementById('result').replaceChildren(result(quizNow));
        document.getElementById('result-heading').focus();
      } else {
        document.getElementById(headingId).focus();
      }
      announce(updated.answer.correct ? 'Rätt svar.' : 'Fel svar.');
    } catch (e) {
      sending = false;
      button.disabled = false;
      if (e instanceof ApiError && e.type === 'question-already-answered') {
        location.reload();
        return;
      }
      errorSlot.replaceChildren(errorMessage(e.message));
    }
  });
  return el('section', { 'aria-labelledby': headingId },
    el('h2', { id: headingId, tabindex: '-1' }, `Fråga ${q.number} av ${quiz.total}`), form);
}

function answered(q) {
  const chosen = q.options.find((o) => o.id === q.answer.optionId);
  const correct = q.options.find((o) => o.id === q.answer.correctOptionId);
  return el('div', { class: 'feedback' },
    el('p', { class: `score ${q.answer.correct ? 'honoured' : 'violated'}` },
      q.answer.correct ? '✓ Rätt svar.' : '✗ Fel svar.'),
    el('p', {}, el('strong', {}, 'Ditt svar: '), chosen ? chosen.text : q.answer.optionId),
    q.answer.correct ? null : el('p', {}, el('strong', {}, 'Rätt svar: '), correct ? correct.text : q.answer.correctOptionId),
    el('p', {}, q.answer.explanation),
    legalReferences(q.answer.sources));
}

function result(quiz) {
  return el('section', { class: quiz.passed ? 'message ok' : 'message error', 'aria-labelledby': 'result-heading' },
    el('h2', { id: 'result-heading', tabindex: '-1' }, quiz.passed ? 'Godkänt' : 'Inte godkänt ännu'),
    el('p', {}, `Du hade ${quiz.correct} av ${quiz.total} rätt (${quiz.percent} %). Gränsen för godkänt är ${quiz.passPercent} %.`),
    quiz.passed ? null : el('p', {}, 'Läs förklaringarna ovan och gör testet igen från kursöversikten.'),
    el('p', {}, el('a', { href: `/kurs.html?id=${quiz.enrollmentId}` }, 'Till kursöversikten')));
}
