import {
  api, el, page, requiredParam, show, principleChart, nbsp, nextStepAction, moduleName, legalReferences,
} from './kasus.js';
import { replayButton } from './spela-igen.js';

page(async (content) => {
  const attemptId = requiredParam('forsok', 'Länken saknar uppgift om vilket fall du vill se. Gå till kursöversikten och välj fallet där.');
  const [summary, attempt] = await Promise.all([
    api(`/api/attempts/${encodeURIComponent(attemptId)}/summary`),
    api(`/api/attempts/${encodeURIComponent(attemptId)}`),
  ]);
  const enrollment = await api(`/api/enrollments/${encodeURIComponent(attempt.enrollmentId)}`);
  document.title = `Sammanfattning: ${summary.title} – Kasus`;
  const module = moduleName(enrollment, attempt.moduleId);
  show(content,
    el('h1', {}, `Sammanfattning: ${summary.title}`),
    el('p', { class: 'score' }, summary.finished
      ? `Du fick ${summary.score} av ${summary.maxScore} poäng.`
      : `Fallet är inte klart. Hittills ${summary.score} poäng av ${summary.maxScore} möjliga.`),
    el('h2', {}, 'Din väg och den bästa vägen'),
    el('div', { class: 'table-wrap' }, el('table', { class: 'stack' },
      el('caption', { class: 'skip-visually' }, 'Dina val och det bästa valet vid varje beslutspunkt'),
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, 'Beslutspunkt'), el('th', { scope: 'col' }, 'Ditt val'),
        el('th', { scope: 'col' }, 'Bästa valet'))),
      el('tbody', {}, summary.path.map((p) => el('tr', {},
        el('th', { scope: 'row' }, p.prompt),
        el('td', { 'data-label': 'Ditt val' }, `${p.chosenOptionId}. ${nbsp(p.chosenOptionText)} (${p.score} av ${p.bestScore} poäng)`,
          p.choseBest ? el('strong', {}, ' – det bästa valet') : null),
        el('td', { 'data-label': 'Bästa valet' }, p.choseBest ? 'Samma som ditt val.' : `${p.bestOptionId}. ${nbsp(p.bestOptionText)}`)))))),
    el('h2', {}, 'Poäng per princip'),
    el('p', {}, 'Hur väl dina val följde varje princip, räknat på de beslutspunkter där principen berördes.'),
    principleChart('case-chart', summary.principles),
    legalReferences(summary.legalReferences, 'Källor i fallet', 'h2'),
    el('h2', {}, 'Din reflektion'),
    el('p', {}, el('strong', {}, summary.reflection.question)),
    summary.reflection.answered
      ? el('blockquote', {}, summary.reflection.answer)
      : el('p', {}, el('a', { href: `/fall.html?forsok=${encodeURIComponent(summary.attemptId)}` }, 'Svara på reflektionsfrågan')),
    el('p', { class: 'hint' }, summary.reflection.privacy),
    el('h2', {}, 'Nästa steg'),
    el('div', { class: 'actions' },
      nextStepAction(enrollment),
      summary.finished ? replayButton(attempt.enrollmentId, attempt.caseId, 'Spela fallet igen') : null,
      el('a', { class: 'button secondary', href: `/kurs.html?id=${encodeURIComponent(attempt.enrollmentId)}` }, 'Till kursöversikten'),
      el('a', { class: 'button secondary', href: `/modul.html?id=${encodeURIComponent(attempt.enrollmentId)}&modul=${encodeURIComponent(attempt.moduleId)}` },
        `Sammanfattning av ${module}`)));
});
