import { api, el, page, show, progressBar, errorMessage, sameOriginPath, nextStepAction } from './kasus.js';

page(async (content) => {
  const stored = sessionStorage.getItem('kasus.atergang');
  const back = sameOriginPath(stored);
  if (stored !== null) {
    sessionStorage.removeItem('kasus.atergang');
  }
  if (back) {
    if (back !== '/' && back !== '/index.html') {
      location.replace(back);
      return;
    }
  }
  const [enrollments, courses] = await Promise.all([api('/api/enrollments'), api('/api/courses')]);
  const enrolledIds = new Set(enrollments.map((e) => e.courseId));
  const available = courses.filter((c) => !enrolledIds.has(c.id));

  show(content,
    el('h1', {}, 'Mina kurser'),
    enrollments.length === 0
      ? el('p', {}, 'Du har inte börjat någon kurs ännu. Välj en kurs nedan.')
      : el('ul', { class: 'cards' }, enrollments.map(enrolledCard)),
    available.length > 0 ? [el('h2', {}, 'Kurser du kan börja'), el('ul', { class: 'cards' }, available.map(availableCard))] : null);
});

function enrolledCard(enrollment) {
  const done = enrollment.modules.filter((m) => m.completed).length;
  return el('li', {},
    el('h2', {}, enrollment.courseTitle),
    el('p', { class: 'status-text' }, enrollment.completed
      ? 'Kursen är klar. Bra jobbat!'
      : `${done} av ${enrollment.modules.length} moduler klara.`),
    el('ul', { class: 'plain-list progress-list' }, enrollment.modules.map((m, index) => el('li', {},
      progressBar(`progress-${enrollment.enrollmentId}-${m.moduleId}`, `Modul ${index + 1}: ${m.title}`, m.percentDone)))),
    el('div', { class: 'actions' },
      enrollment.completed ? null : nextStepAction(enrollment, { id: `next-${enrollment.enrollmentId}` }),
      el('a', { class: enrollment.completed ? 'button' : 'button secondary', href: `/kurs.html?id=${encodeURIComponent(enrollment.enrollmentId)}` },
        'Gå till kursöversikten')));
}

function availableCard(course) {
  const status = el('div', {});
  const button = el('button', { type: 'button' }, 'Börja kursen');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const enrollment = await api('/api/enrollments', { method: 'POST', body: { courseId: course.id } });
      location.assign(`/kurs.html?id=${enrollment.enrollmentId}`);
    } catch (e) {
      button.disabled = false;
      status.replaceChildren(errorMessage(e.message));
    }
  });
  return el('li', {},
    el('h3', {}, course.title),
    el('p', {}, course.summary),
    el('p', { class: 'hint' }, `${course.modules.length} moduler. ${course.audience}`),
    button, status);
}
