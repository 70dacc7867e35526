import {
  api, el, markdown, page, param, show, errorMessage, announce, ApiError, nextStepAction, legalReferences,
} from './kasus.js';
import { lmsLaunch } from './lms.js';

lmsLaunch();

// The knowledge check. Until the module's quiz is passed the server sends no right options, and explanations
// only for right answers (quiz.keyRevealed says which); this page shows what it gets and says what comes later.

const quizId = param('forsok') || '';
const NBSP = '\u00a0';

page(async (content) => {
  if (!quizId) {
    notFound(content);
    return;
  }
  let quiz;
  try {
    quiz = await api(`/api/quiz-attempts/${encodeURIComponent(quizId)}`);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      notFound(content);
      return;
    }
    throw e;
  }
  // A finished attempt opened by its address is a record: no answer controls, and the heading says so.
  render(content, quiz, quiz.finished);
  document.title = `${quiz.finished ? 'Avslutat kunskapstest' : 'Kunskapstest'}, modul ${quiz.moduleNumber} – Kasus`;
});

function notFound(content) {
  show(content,
    el('h1', {}, 'Vi hittar inte kunskapstestet'),
    el('p', {}, 'Länken kan vara fel eller gammal. Gå till Mina kurser och öppna kunskapstestet från kursen.'),
    el('p', {}, el('a', { href: '/' }, 'Till Mina kurser')));
}

function percent(value) {
  return `${value}${NBSP}%`;
}

function render(content, quiz, readOnly) {
  show(content,
    el('h1', {}, readOnly
      ? `Avslutat kunskapstest, modul ${quiz.moduleNumber}`
      : `Kunskapstest, modul ${quiz.moduleNumber}`),
    el('p', { class: 'hint block' }, `Modul ${quiz.moduleNumber}: ${quiz.moduleTitle}`),
    readOnly ? readOnlyIntro(quiz) : intro(quiz),
    el('ol', { class: 'plain-list' }, quiz.questions.map((q) => el('li', { id: `q-${q.number}` }, question(quiz, q)))),
    el('div', { id: 'result' }, quiz.finished ? result(quiz) : null));
}

function intro(quiz) {
  return [
    el('p', {}, `Testet har ${quiz.total} frågor. Du behöver minst ${percent(quiz.passPercent)} rätt för att bli godkänd.`),
    el('p', {}, quiz.keyRevealed
      ? 'Du har redan klarat testet. Efter varje svar ser du det rätta svaret och förklaringen.'
      : 'Efter varje svar får du veta om du svarade rätt. De rätta svaren och alla förklaringar visas när du har klarat testet.'),
    quiz.attemptNumber > 1 ? el('p', { class: 'hint' }, `Det här är ditt försök nummer ${quiz.attemptNumber}.`) : null,
  ];
}

function readOnlyIntro(quiz) {
  return el('div', { class: 'message' },
    el('p', {}, `Det här är ditt försök nummer ${quiz.attemptNumber}. Försöket är avslutat. `
      + 'Du kan läsa dina svar, men inte ändra dem.'));
}

function question(quiz, q) {
  const headingId = `question-${q.number}`;
  const heading = el('h2', { id: headingId, tabindex: '-1' }, `Fråga ${q.number} av ${quiz.total}`);
  if (q.answer) {
    return el('section', { 'aria-labelledby': headingId }, heading, el('p', { class: 'stem' }, q.stem), answered(quiz, q));
  }
  const errorSlot = el('div', {});
  const button = el('button', { type: 'submit' }, 'Svara');
  const form = el('form', { novalidate: true },
    el('fieldset', {}, el('legend', { class: 'stem' }, q.stem),
      el('div', {}, q.options.map((o) => {
        const id = `q${q.number}-${o.id}`;
        return el('div', { class: 'option' },
          el('input', { type: 'radio', name: `q${q.number}`, id, value: o.id }),
          el('label', { for: id }, o.text));
      }))),
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
      if (quizNow.finished) {
        // A pass reveals the key for every question, so all of them are drawn again.
        for (const each of quizNow.questions) {
          document.getElementById(`q-${each.number}`).replaceChildren(question(quizNow, each));
        }
        document.getElementById('result').replaceChildren(result(quizNow));
        document.getElementById('result-heading').focus();
      } else {
        document.getElementById(`q-${q.number}`).replaceChildren(question(quizNow, updated));
        document.getElementById(headingId).focus();
      }
      announce(updated.answer.correct ? 'Du svarade rätt.' : 'Du svarade fel.');
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
  return el('section', { 'aria-labelledby': headingId }, heading, form);
}

function answered(quiz, q) {
  const text = (id) => {
    const option = q.options.find((o) => o.id === id);
    return option ? option.text : id;
  };
  const a = q.answer;
  return el('div', { class: 'feedback' },
    el('p', { class: `score ${a.correct ? 'honoured' : 'violated'}` }, a.correct ? '✓ Du svarade rätt.' : '✗ Du svarade fel.'),
    el('p', {}, el('span', { class: 'label' }, 'Ditt svar: '), text(a.optionId)),
    !a.correct && a.correctOptionId
      ? el('p', {}, el('span', { class: 'label' }, 'Det rätta svaret: '), text(a.correctOptionId)) : null,
    !a.correct && !a.correctOptionId
      ? el('p', { class: 'hint' }, 'Det rätta svaret och förklaringen visas när du har klarat testet.') : null,
    a.explanation ? (a.explanationHtml ? markdown(a.explanationHtml, el('span', { class: 'label' }, 'Förklaring: '))
      : el('p', {}, el('span', { class: 'label' }, 'Förklaring: '), a.explanation)) : null,
    sources(a.sources));
}

function sources(refs) {
  return legalReferences(refs);
}

function result(quiz) {
  const wrong = quiz.questions.filter((q) => q.answer && !q.answer.correct);
  const nextSlot = el('div', { class: 'actions' },
    el('a', { class: 'button secondary', href: `/kurs.html?id=${quiz.enrollmentId}` }, 'Till kursöversikten'));
  const section = el('section', { class: quiz.passed ? 'message ok' : 'message error', 'aria-labelledby': 'result-heading' },
    el('h2', { id: 'result-heading', tabindex: '-1' }, quiz.passed ? 'Du klarade testet' : 'Du klarade inte testet den här gången'),
    el('p', {}, `Du hade ${quiz.correct} av ${quiz.total} rätt (${percent(quiz.percent)}). `
      + `För att bli godkänd behöver du minst ${percent(quiz.passPercent)} rätt.`),
    wrong.length > 0 ? wrongList(wrong) : null,
    resultAdvice(quiz),
    nextSlot);
  nextStep(quiz, nextSlot);
  return section;
}

function wrongList(wrong) {
  return [
    el('p', {}, wrong.length === 1 ? 'Du svarade fel på den här frågan:' : `Du svarade fel på de här ${wrong.length} frågorna:`),
    el('ul', { class: 'wrong-list' }, wrong.map((q) => el('li', {}, el('a', { href: `#q-${q.number}` }, `Fråga ${q.number}`),
      `: ${q.stem}`))),
  ];
}

function resultAdvice(quiz) {
  if (quiz.keyRevealed) {
    return el('p', {}, 'Vid varje fråga ovan ser du det rätta svaret och förklaringen.');
  }
  return el('p', {}, 'Läs frågorna igen och gör om testet. Frågorna och svaren kommer i en ny ordning. '
    + 'När du har klarat testet ser du de rätta svaren och förklaringarna.');
}

/** Fills the result's actions: "Gör om testet" while the quiz is not passed, else the course's next step. */
async function nextStep(quiz, slot) {
  if (!quiz.keyRevealed) {
    slot.prepend(actionButton('Gör om testet', async () => {
      const retake = await api(`/api/enrollments/${quiz.enrollmentId}/modules/${quiz.moduleId}/quiz`, { method: 'POST' });
      location.assign(`/test.html?forsok=${encodeURIComponent(retake.quizAttemptId)}`);
    }, slot));
    return;
  }
  let enrollment;
  try {
    enrollment = await api(`/api/enrollments/${quiz.enrollmentId}`);
  } catch (e) {
    return; // The link to the course overview is still there.
  }
  const action = nextStepAction(enrollment);
  if (action) slot.prepend(action);
}

/** A button that runs an API call once and shows the server's message in the slot if it fails. */
function actionButton(label, run, slot) {
  const button = el('button', { type: 'button' }, label);
  button.addEventListener('click', async () => {
    if (button.disabled) return;
    button.disabled = true;
    try {
      await run();
    } catch (e) {
      button.disabled = false;
      const old = slot.parentElement.querySelector('.message.error[role="alert"]');
      if (old) old.remove();
      slot.after(errorMessage(e.message));
    }
  });
  return button;
}
