import { api, el, page, param, show, principleChart, progressBar } from './kasus.js';
import { swedishDate } from './intyg.js';
import { replayButton, pointsNeededText } from './spela-igen.js';

const STATUS = { NOT_STARTED: 'Inte påbörjat', IN_PROGRESS: 'Påbörjat', FINISHED: 'Klart' };

page(async (content) => {
  const id = param('id') || '';
  const moduleId = param('modul') || '';
  const s = await api(`/api/enrollments/${encodeURIComponent(id)}/modules/${encodeURIComponent(moduleId)}/summary`);
  const quiz = s.quiz.bestPercent === null || s.quiz.bestPercent === undefined
    ? `Inte gjort ännu (gränsen för godkänt är ${s.quiz.passPercent}\u00a0%).`
    : `${s.quiz.bestPercent}\u00a0% rätt som bäst – ${s.quiz.passed ? 'godkänt' : 'inte godkänt ännu'} (gränsen är ${s.quiz.passPercent}\u00a0%).`;
  const rule = s.casePoints && s.casePoints.passPercent > 0
    ? `dina fall tillsammans ger minst ${s.casePoints.passPercent}\u00a0% av poängen (ditt bästa försök i varje fall räknas), `
    : '';
  const needed = pointsNeededText(s);
  show(content,
    el('h1', {}, `Sammanfattning av modul ${s.moduleId}: ${s.title}`),
    el('div', { class: s.completed ? 'message ok' : 'message' },
      el('p', {}, s.completed
        ? `Modulen är klar${s.completedAt ? ` sedan ${swedishDate(s.completedAt)}` : ''}.`
        : `Modulen är inte klar. Den är klar när du har gått igenom alla fall, ${rule}och du har fått minst ${s.quiz.passPercent}\u00a0% rätt på kunskapstestet.`),
      needed ? el('p', { class: 'points-needed' }, needed) : null),
    progressBar('module-progress', 'Framsteg i modulen', s.percentDone),
    el('h2', {}, 'Fall'),
    el('div', { class: 'table-wrap' }, el('table', {},
      el('caption', { class: 'hint' }, s.casePoints
        ? `Modulens fall: ${s.casePoints.points} av ${s.casePoints.maxPoints} poäng räknat på ditt bästa försök i varje fall`
        : 'Modulens fall'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Fall'), el('th', { scope: 'col' }, 'Läge'),
        el('th', { scope: 'col' }, 'Bästa resultat'))),
      el('tbody', {}, s.cases.map((c) => el('tr', {},
        el('th', { scope: 'row' }, c.bestAttemptId
          ? el('a', { href: `/sammanfattning.html?forsok=${c.bestAttemptId}` }, c.title) : c.title),
        el('td', {}, STATUS[c.status], c.attempts > 1 ? ` (${c.attempts} försök)` : ''),
        el('td', {}, c.bestScore !== null && c.bestScore !== undefined ? `${c.bestScore} av ${c.maxScore} poäng` : '–')))))),
    s.completed ? null : el('ul', { class: 'replays' }, s.cases.filter((c) => c.status === 'FINISHED')
      .map((c) => el('li', {}, replayButton(s.enrollmentId, c.caseId, `Spela ${c.title} igen`)))),
    el('h2', {}, 'Kunskapstest'),
    el('p', {}, quiz),
    el('h2', {}, 'Poäng per princip i modulens fall'),
    principleChart('module-chart', s.principles),
    el('p', {}, el('a', { class: 'button', href: `/kurs.html?id=${s.enrollmentId}` }, 'Till kursöversikten')));
});
