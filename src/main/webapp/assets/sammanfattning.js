import {
  api, el, page, requiredParam, show, nextStepAction, moduleName,
} from './kasus.js';
import { caseSummary } from './fallsammanfattning.js';
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
    caseSummary(summary),
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
