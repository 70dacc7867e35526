import { api, el, page, param, show, principleChart } from './kasus.js';
import { replayButton } from './spela-igen.js';

page(async (content) => {
  const attemptId = param('forsok') || '';
  const [summary, attempt] = await Promise.all([
    api(`/api/attempts/${encodeURIComponent(attemptId)}/summary`),
    api(`/api/attempts/${encodeURIComponent(attemptId)}`),
  ]);
  show(content,
    el('h1', {}, `Sammanfattning: ${summary.title}`),
    el('p', { class: 'score' }, summary.finished
      ? `Du fick ${summary.score} av ${summary.maxScore} poäng.`
      : `Fallet är inte klart. Hittills ${summary.score} poäng av ${summary.maxScore} möjliga.`),
    el('h2', {}, 'Din väg och den bästa vägen'),
    el('div', { class: 'table-wrap' }, el('table', {},
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, 'Beslutspunkt'), el('th', { scope: 'col' }, 'Ditt val'),
        el('th', { scope: 'col' }, 'Bästa valet'))),
      el('tbody', {}, summary.path.map((p) => el('tr', {},
        el('th', { scope: 'row' }, p.prompt),
        el('td', {}, `${p.chosenOptionId}. ${p.chosenOptionText} (${p.score} av ${p.bestScore} poäng)`,
          p.choseBest ? el('strong', {}, ' – det bästa valet') : null),
        el('td', {}, p.choseBest ? 'Samma som ditt val.' : `${p.bestOptionId}. ${p.bestOptionText}`)))))),
    el('h2', {}, 'Poäng per princip'),
    el('p', {}, 'Hur väl dina val följde varje princip, räknat på de beslutspunkter där principen berördes.'),
    principleChart('case-chart', summary.principles),
    el('h2', {}, 'Din reflektion'),
    el('p', {}, el('strong', {}, summary.reflection.question)),
    summary.reflection.answered
      ? el('blockquote', {}, summary.reflection.answer)
      : el('p', {}, el('a', { href: `/fall.html?forsok=${summary.attemptId}` }, 'Svara på reflektionsfrågan')),
    el('p', { class: 'hint' }, summary.reflection.privacy),
    el('div', { class: 'actions' },
      el('a', { class: 'button', href: `/kurs.html?id=${attempt.enrollmentId}` }, 'Till kursöversikten'),
      summary.finished ? replayButton(attempt.enrollmentId, attempt.caseId, 'Spela fallet igen') : null,
      el('a', { class: 'button secondary', href: `/modul.html?id=${attempt.enrollmentId}&modul=${attempt.moduleId}` },
        `Sammanfattning av modul ${attempt.moduleId}`)));
});
