import {
  api, el, page, requiredParam, show, progressBar, paragraphs, errorMessage, nbsp, nextStepAction, keyConcepts,
} from './kasus.js';
import { swedishDate } from './intyg.js';
import { replayButton, pointsNeededText } from './spela-igen.js';

const STATUS = { NOT_STARTED: 'Inte påbörjat', IN_PROGRESS: 'Påbörjat', FINISHED: 'Klart' };

page(async (content) => {
  const id = requiredParam('id', 'Länken saknar uppgift om vilken kurs du vill se. Gå till Mina kurser och välj kursen där.');
  const enrollment = await api(`/api/enrollments/${encodeURIComponent(id)}`);
  const course = await api(`/api/courses/${encodeURIComponent(enrollment.courseId)}`);
  const intro = new Map(course.modules.map((m) => [m.id, m]));
  const done = enrollment.modules.filter((m) => m.completed).length;
  const current = enrollment.next && enrollment.next.moduleId;

  show(content,
    el('h1', {}, enrollment.courseTitle),
    el('div', { class: enrollment.completed ? 'message ok' : 'message' },
      enrollment.completed
        ? [el('p', {}, el('strong', {}, 'Kursen är klar. '), 'Du har gått igenom alla moduler och klarat alla kunskapstest.',
          enrollment.completedAt ? ` Du blev klar ${swedishDate(enrollment.completedAt)}.` : ''),
        el('p', {}, el('a', { href: '/mina-intyg.html', id: 'till-intyg' }, 'Ditt intyg finns under Mina intyg'))]
        : el('p', {}, nbsp(`${done} av ${enrollment.modules.length} moduler klara. ${ruleText(enrollment.modules[0])}`))),
    enrollment.completed ? null : el('div', { class: 'actions' }, nextStepAction(enrollment)),
    el('p', {}, course.goal),
    enrollment.modules.map((m, index) => moduleSection(enrollment, m, index + 1, intro.get(m.moduleId), m.moduleId === current,
      course)));
});

/**
 * A module: heading and progress always; its introduction, cases and quiz in a disclosure that is open only for
 * the current module (the one the next step belongs to), so the page stays short and the way on stays clear.
 */
function moduleSection(enrollment, module, number, info, isCurrent, course) {
  const headingId = `modul-${module.moduleId}`;
  const name = `modul ${number}`;
  const cases = module.cases.length === 1 ? '1 fall' : `${module.cases.length} fall`;
  return el('section', { class: isCurrent ? 'module current' : 'module', 'aria-labelledby': headingId },
    el('h2', { id: headingId }, `Modul ${number}: ${module.title}`, module.completed ? ' (klar)' : ''),
    progressBar(`progress-${module.moduleId}`, `Framsteg i ${name}`, module.percentDone),
    el('details', { class: 'intro', open: isCurrent },
      el('summary', {}, `Om ${name}: introduktion, ${cases} och kunskapstest`),
      info && info.introduction ? paragraphs(info.introduction) : null,
      info ? keyConcepts(info.keyConcepts, course.glossary, `/ordlista.html?kurs=${encodeURIComponent(course.id)}`) : null,
      el('h3', {}, 'Fall'),
      el('ul', { class: 'case-list' }, module.cases.map((c) => el('li', {},
        el('span', { class: 'case-title' }, c.title), ` – ${STATUS[c.status]}`,
        c.status === 'FINISHED' ? `, ${c.score} av ${c.maxScore} poäng` : '',
        c.attempts > 1 && c.bestScore !== null ? ` (bästa försöket: ${c.bestScore} av ${c.maxScore})` : '',
        ' ', caseAction(enrollment, c)))),
      pointsNeededText(module) ? el('p', { class: 'points-needed' }, pointsNeededText(module)) : null,
      el('h3', {}, 'Kunskapstest'),
      el('p', {}, nbsp(quizText(module.quiz)), ' ', quizAction(enrollment, module, name))),
    el('p', {}, el('a', { href: `/modul.html?id=${encodeURIComponent(enrollment.enrollmentId)}&modul=${encodeURIComponent(module.moduleId)}` },
      `Sammanfattning av ${name}`)));
}

/** The pass rule in words, from the first module's figures (the course's rule unless a module sets its own). */
function ruleText(module) {
  if (!module) return '';
  const cases = module.casePoints && module.casePoints.passPercent > 0
    ? `, dina fall tillsammans ger minst ${module.casePoints.passPercent} % av poängen (ditt bästa försök i varje fall räknas)`
    : '';
  return `En modul är klar när du har gått igenom alla fall${cases} och du har fått minst ${module.quiz.passPercent} % rätt på kunskapstestet.`;
}

function quizText(quiz) {
  if (quiz.bestPercent === null || quiz.bestPercent === undefined) return `Inte gjort ännu. Gränsen för godkänt är ${quiz.passPercent} %.`;
  return quiz.passed
    ? `Godkänt. Ditt bästa resultat är ${quiz.bestPercent} % rätt (gränsen är ${quiz.passPercent} %).`
    : `Inte godkänt ännu. Ditt bästa resultat är ${quiz.bestPercent} % rätt (gränsen är ${quiz.passPercent} %).`;
}

function caseAction(enrollment, c) {
  if (c.status === 'FINISHED') {
    return el('span', {}, el('a', { href: `/sammanfattning.html?forsok=${encodeURIComponent(c.attemptId)}` }, `Se sammanfattningen av ${c.title}`),
      ' ', replayButton(enrollment.enrollmentId, c.caseId, `Spela ${c.title} igen`));
  }
  if (c.status === 'IN_PROGRESS') {
    return el('a', { href: `/fall.html?forsok=${encodeURIComponent(c.attemptId)}` }, `Fortsätt med ${c.title}`);
  }
  return startButton(`Starta fallet ${c.title}`, async () => {
    const attempt = await api(`/api/enrollments/${enrollment.enrollmentId}/cases/${c.caseId}/attempt`, { method: 'POST' });
    location.assign(`/fall.html?forsok=${attempt.attemptId}`);
  });
}

function quizAction(enrollment, module, name) {
  if (module.quiz.openAttemptId) {
    return el('a', { href: `/test.html?forsok=${encodeURIComponent(module.quiz.openAttemptId)}` }, `Fortsätt kunskapstestet för ${name}`);
  }
  const label = module.quiz.bestPercent === null || module.quiz.bestPercent === undefined
    ? `Gör kunskapstestet för ${name}` : `Gör om kunskapstestet för ${name}`;
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
