// Mina resultat: per course and module, the best score of each case, every finished quiz attempt (reopened
// read-only in test.html) and when the module was completed.
import { api, el, page, param, show } from './kasus.js';
import { swedishDate } from './intyg.js';
import { replayButton, pointsNeededText } from './spela-igen.js';

page(async (content) => {
  const only = param('id');
  const enrollments = only ? [{ enrollmentId: only }] : await api('/api/enrollments');
  const results = await Promise.all(enrollments.map((e) => api(`/api/enrollments/${encodeURIComponent(e.enrollmentId)}/results`)));
  show(content,
    el('h1', {}, 'Mina resultat'),
    results.length === 0
      ? el('p', {}, 'Du har inga resultat ännu. ', el('a', { href: '/' }, 'Börja en kurs under Mina kurser'), '.')
      : el('p', {}, 'Här ser du ditt bästa resultat i varje fall, dina kunskapstest och när du blev klar med varje modul. '
        + 'Du kan spela ett fall igen för att höja ditt resultat. Ditt bästa försök räknas.'),
    results.map((r) => courseSection(r, results.length > 1)));
});

function courseSection(r, several) {
  const headingId = `kurs-${r.enrollmentId}`;
  return el('section', { 'aria-labelledby': headingId },
    el(several ? 'h2' : 'p', { id: headingId, class: several ? null : 'course-title' },
      several ? r.courseTitle : el('strong', {}, r.courseTitle)),
    el('p', { class: r.completed ? 'message ok' : 'message' }, r.completed
      ? `Du blev klar med kursen ${swedishDate(r.completedAt)}.`
      : `${r.modules.filter((m) => m.completed).length} av ${r.modules.length} moduler klara.`),
    r.modules.map((m) => moduleSection(r, m, several ? 'h3' : 'h2')));
}

function moduleSection(r, m, heading) {
  const sub = heading === 'h2' ? 'h3' : 'h4';
  const headingId = `resultat-${r.enrollmentId}-${m.moduleId}`;
  const needed = pointsNeededText(m);
  return el('section', { 'aria-labelledby': headingId, class: 'module-result' },
    el(heading, { id: headingId }, m.title),
    el('p', { class: m.completed ? 'message ok' : 'message' },
      m.completed ? `Klar ${swedishDate(m.completedAt)}.` : 'Inte klar ännu.',
      needed ? [' ', needed] : null),
    el(sub, {}, 'Fall'),
    el('table', { class: 'results' },
      el('caption', { class: 'hint' }, `Bästa resultat per fall: ${m.casePoints.points} av ${m.casePoints.maxPoints} poäng sammanlagt`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Fall'), el('th', { scope: 'col' }, 'Bästa resultat'),
        el('th', { scope: 'col' }, 'Försök'))),
      el('tbody', {}, m.cases.map((c) => el('tr', {},
        el('th', { scope: 'row' }, c.bestAttemptId
          ? el('a', { href: `/sammanfattning.html?forsok=${encodeURIComponent(c.bestAttemptId)}` }, c.title) : c.title),
        el('td', {}, c.bestScore === null || c.bestScore === undefined ? 'Inte klart' : `${c.bestScore} av ${c.maxScore}`),
        el('td', {}, String(c.attempts)))))),
    !m.completed && m.cases.some((c) => c.bestAttemptId)
      ? el('ul', { class: 'replays' }, m.cases.filter((c) => c.bestAttemptId)
        .map((c) => el('li', {}, replayButton(r.enrollmentId, c.caseId, `Spela ${c.title} igen`))))
      : null,
    el(sub, {}, 'Kunskapstest'),
    el('p', {}, quizText(m)),
    m.quizAttempts.length > 0
      ? el('ul', { class: 'quiz-attempts' }, m.quizAttempts.map((q) => el('li', {},
        el('a', { href: `/test.html?forsok=${encodeURIComponent(q.quizAttemptId)}` },
          `Försök ${q.attemptNumber}: ${q.percent}\u00a0% rätt`),
        ` – ${q.passed ? 'godkänt' : 'inte godkänt'}, ${q.correct} av ${q.total} rätt, ${swedishDate(q.finishedAt)}`)))
      : null);
}

function quizText(m) {
  if (m.bestQuizPercent === null || m.bestQuizPercent === undefined) {
    return `Inte gjort ännu. Gränsen för godkänt är ${m.quizPassPercent}\u00a0%.`;
  }
  return m.quizPassed
    ? `Godkänt. Ditt bästa resultat är ${m.bestQuizPercent}\u00a0% rätt (gränsen är ${m.quizPassPercent}\u00a0%).`
    : `Inte godkänt ännu. Ditt bästa resultat är ${m.bestQuizPercent}\u00a0% rätt (gränsen är ${m.quizPassPercent}\u00a0%).`;
}
