import { api, el, page, param, show, principleChart, progressBar, nbsp } from './kasus.js';
import { swedishDate } from './intyg.js';
import { replayButton, pointsNeededText } from './spela-igen.js';

const STATUS = { NOT_STARTED: 'Inte påbörjat', IN_PROGRESS: 'Påbörjat', FINISHED: 'Klart' };

page(async (content) => {
  const id = param('id') || '';
  const moduleId = param('modul') || '';
  const s = await api(`/api/enrollments/${encodeURIComponent(id)}/modules/${encodeURIComponent(moduleId)}/summary`);
  const quiz = s.quiz.bestPercent === null || s.quiz.bestPercent === undefined
    ? `Inte gjort ännu (gränsen för godkänt är ${s.quiz.passPercent} %).`
    : `Ditt bästa resultat är ${s.quiz.bestPercent} % rätt – ${s.quiz.passed ? 'godkänt' : 'inte godkänt ännu'} (gränsen är ${s.quiz.passPercent} %).`;
  const rule = s.casePoints && s.casePoints.passPercent > 0
    ? `dina fall tillsammans ger minst ${s.casePoints.passPercent} % av poängen (ditt bästa försök i varje fall räknas), `
    : '';
  const needed = pointsNeededText(s);
  show(content,
    el('h1', {}, `Sammanfattning av modulen ${s.title}`),
    el('div', { class: s.completed ? 'message ok' : 'message' },
      el('p', {}, s.completed
        ? `Modulen är klar${s.completedAt ? ` sedan ${swedishDate(s.completedAt)}` : ''}.`
        : nbsp(`Modulen är inte klar. Den är klar när du har gått igenom alla fall, ${rule}och du har fått minst ${s.quiz.passPercent} % rätt på kunskapstestet.`)),
      needed ? el('p', { class: 'points-needed' }, needed) : null),
    progressBar('module-progress', 'Framsteg i modulen', s.percentDone),
    el('h2', {}, 'Fall'),
    el('div', { class: 'table-wrap' }, el('table', { class: 'stack' },
      el('caption', { class: 'hint' }, s.casePoints
        ? `Modulens fall: ${s.casePoints.points} av ${s.casePoints.maxPoints} poäng räknat på ditt bästa försök i varje fall`
        : 'Modulens fall'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Fall'), el('th', { scope: 'col' }, 'Status'),
        el('th', { scope: 'col' }, 'Bästa resultat'))),
      el('tbody', {}, s.cases.map((c) => el('tr', {},
        el('th', { scope: 'row' }, c.bestAttemptId
          ? el('a', { href: `/sammanfattning.html?forsok=${encodeURIComponent(c.bestAttemptId)}` }, c.title) : c.title),
        el('td', { 'data-label': 'Status' }, STATUS[c.status], c.attempts > 1 ? ` (${c.attempts} försök)` : ''),
        el('td', { 'data-label': 'Bästa resultat' },
          c.bestScore !== null && c.bestScore !== undefined ? `${c.bestScore} av ${c.maxScore} poäng` : '–')))))),
    s.completed ? null : el('ul', { class: 'replays' }, s.cases.filter((c) => c.status === 'FINISHED')
      .map((c) => el('li', {}, replayButton(s.enrollmentId, c.caseId, `Spela ${c.title} igen`)))),
    el('h2', {}, 'Kunskapstest'),
    el('p', {}, nbsp(quiz)),
    el('h2', {}, 'Poäng per princip i modulens fall'),
    principleChart('module-chart', s.principles),
    el('p', {}, el('a', { class: 'button', href: `/kurs.html?id=${s.enrollmentId}` }, 'Till kursöversikten')));
});
