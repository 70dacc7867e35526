import { api, el, page, param, show, progressBar, paragraphs, errorMessage } from './kasus.js';
import { swedishDate } from './intyg.js';
import { replayButton, pointsNeededText } from './spela-igen.js';

const STATUS = { NOT_STARTED: 'Inte påbörjat', IN_PROGRESS: 'Påbörjat', FINISHED: 'Klart' };

page(async (content) => {
  const id = param('id');
  const enrollment = await api(`/api/enrollments/${encodeURIComponent(id || '')}`);
  const course = await api(`/api/courses/${encodeURIComponent(enrollment.courseId)}`);
  const intro = new Map(course.modules.map((m) => [m.id, m]));
  const done = enrollment.modules.filter((m) => m.completed).length;

  show(content,
    el('h1', {}, enrollment.courseTitle),
    el('div', { class: enrollment.completed ? 'message ok' : 'message' },
      enrollment.completed
        ? [el('p', {}, el('strong', {}, 'Kursen är klar. '), 'Du har gått igenom alla moduler och klarat alla kunskapstest.',
          enrollment.completedAt ? ` Du blev klar ${swedishDate(enrollment.completedAt)}.` : ''),
        el('p', {}, el('a', { href: '/mina-intyg.html', id: 'till-intyg' }, 'Ditt intyg finns under Mina intyg'))]
        : el('p', {}, `${done} av ${enrollment.modules.length} moduler klara. En modul är klar när du har gått igenom alla fall, dina fall tillsammans ger minst 70\u00a0% av poängen och du har fått minst 70\u00a0% rätt på kunskapstestet.`)),
    enrollment.resume
      ? el('p', {}, el('a', { class: 'button', href: `/fall.html?forsok=${enrollment.resume.attemptId}` }, 'Fortsätt där du slutade'))
      : null,
    el('p', {}, course.goal),
    enrollment.modules.map((m) => moduleSection(enrollment, m, intro.get(m.moduleId))));
});

function moduleSection(enrollment, module, info) {
  const headingId = `modul-${module.moduleId}`;
  return el('section', { 'aria-labelledby': headingId },
    el('h2', { id: headingId }, `${module.moduleId}: ${module.title}`, module.completed ? ' (klar)' : ''),
    progressBar(`progress-${module.moduleId}`, `Framsteg i modul ${module.moduleId}`, module.percentDone),
    info ? paragraphs(info.introduction) : null,
    el('h3', {}, 'Fall'),
    el('ul', {}, module.cases.map((c) => el('li', {},
      el('strong', {}, c.title), ` – ${STATUS[c.status]}`,
      c.status === 'FINISHED' ? `, ${c.score} av ${c.maxScore} poäng` : '',
      c.attempts > 1 && c.bestScore !== null ? ` (bästa försöket: ${c.bestScore} av ${c.maxScore})` : '',
      ' ', caseAction(enrollment, c)))),
    pointsNeededText(module) ? el('p', { class: 'points-needed' }, pointsNeededText(module)) : null,
    el('h3', {}, 'Kunskapstest'),
    el('p', {}, quizText(module.quiz), ' ', quizAction(enrollment, module)),
    el('p', {}, el('a', { href: `/modul.html?id=${enrollment.enrollmentId}&modul=${module.moduleId}` },
      `Sammanfattning av modul ${module.moduleId}`)));
}

function quizText(quiz) {
  if (quiz.bestPercent === null || quiz.bestPercent === undefined) return `Inte gjort ännu. Gränsen för godkänt är ${quiz.passPercent} %.`;
  return quiz.passed
    ? `Godkänt: ${quiz.bestPercent} % rätt som bäst (gränsen är ${quiz.passPercent} %).`
    : `Inte godkänt ännu: ${quiz.bestPercent} % rätt som bäst (gränsen är ${quiz.passPercent} %).`;
}

function caseAction(enrollment, c) {
  if (c.status === 'FINISHED') {
    return el('span', {}, el('a', { href: `/sammanfattning.html?forsok=${c.attemptId}` }, `Se sammanfattningen av ${c.title}`),
      ' ', replayButton(enrollment.enrollmentId, c.caseId, `Spela ${c.title} igen`));
  }
  if (c.status === 'IN_PROGRESS') {
    return el('a', { href: `/fall.html?forsok=${c.attemptId}` }, `Fortsätt med ${c.title}`);
  }
  return startButton(`Starta fallet ${c.title}`, async () => {
    const attempt = await api(`/api/enrollments/${enrollment.enrollmentId}/cases/${c.caseId}/attempt`, { method: 'POST' });
    location.assign(`/fall.html?forsok=${attempt.attemptId}`);
  });
}

function quizAction(enrollment, module) {
  if (module.quiz.openAttemptId) {
    return el('a', { href: `/test.html?forsok=${module.quiz.openAttemptId}` }, `Fortsätt kunskapstestet för ${module.moduleId}`);
  }
  const label = module.quiz.bestPercent === null || module.quiz.bestPercent === undefined
    ? `Gör kunskapstestet för ${module.moduleId}` : `Gör om kunskapstestet för ${module.moduleId}`;
  return startButton(label, async () => {
    const quiz = await api(`/api/enrollments/${enrollment.enrollmentId}/modules/${module.moduleId}/quiz`, { method: 'POST' });
    location.assign(`/test.html?forsok=${quiz.quizAttemptId}`);
  });
}

function startButton(label, action) {
  const status = el('span', {});
  const button = el('button', { type: 'button', class: 'secondary' }, label);
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await action();
    } catch (e) {
      button.disabled = false;
      status.replaceChildren(errorMessage(e.message));
    }
  });
  return el('span', {}, button, status);
}
