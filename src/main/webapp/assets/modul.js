import { api, el, page, param, show, principleChart, progressBar, nbsp } from './kasus.js';

const STATUS = { NOT_STARTED: 'Inte påbörjat', IN_PROGRESS: 'Påbörjat', FINISHED: 'Klart' };

page(async (content) => {
  const id = param('id') || '';
  const moduleId = param('modul') || '';
  const s = await api(`/api/enrollments/${encodeURIComponent(id)}/modules/${encodeURIComponent(moduleId)}/summary`);
  const quiz = s.quiz.bestPercent === null || s.quiz.bestPercent === undefined
    ? `Inte gjort ännu (gränsen för godkänt är ${s.quiz.passPercent} %).`
    : `Ditt bästa resultat är ${s.quiz.bestPercent} % rätt – ${s.quiz.passed ? 'godkänt' : 'inte godkänt ännu'} (gränsen är ${s.quiz.passPercent} %).`;
  show(content,
    el('h1', {}, `Sammanfattning av modulen ${s.title}`),
    el('p', { class: s.completed ? 'message ok' : 'message' }, s.completed
      ? 'Modulen är klar.'
      : nbsp('Modulen är inte klar. Gå igenom alla fall och få minst 70 % rätt på kunskapstestet.')),
    progressBar('module-progress', 'Framsteg i modulen', s.percentDone),
    el('h2', {}, 'Fall'),
    el('div', { class: 'table-wrap' }, el('table', { class: 'stack' },
      el('caption', { class: 'skip-visually' }, 'Modulens fall'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Fall'), el('th', { scope: 'col' }, 'Status'),
        el('th', { scope: 'col' }, 'Poäng'))),
      el('tbody', {}, s.cases.map((c) => el('tr', {},
        el('th', { scope: 'row' }, c.attemptId && c.status === 'FINISHED'
          ? el('a', { href: `/sammanfattning.html?forsok=${c.attemptId}` }, c.title) : c.title),
        el('td', { 'data-label': 'Status' }, STATUS[c.status]),
        el('td', { 'data-label': 'Poäng' }, c.status === 'FINISHED' ? `${c.score} av ${c.maxScore}` : '–')))))),
    el('h2', {}, 'Kunskapstest'),
    el('p', {}, nbsp(quiz)),
    el('h2', {}, 'Poäng per princip i modulens fall'),
    principleChart('module-chart', s.principles),
    el('p', {}, el('a', { class: 'button', href: `/kurs.html?id=${s.enrollmentId}` }, 'Till kursöversikten')));
});
