import { api, el, page, show, progressBar, errorMessage, sameOriginPath, nextStepAction } from './kasus.js';

page(async (content, me) => {
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
    available.length > 0 ? [el('h2', {}, 'Kurser du kan börja'), el('ul', { class: 'cards' }, available.map(availableCard))] : null,
    lmsSection(me, courses));
});

/**
 * For trainers and admins: each course as a cmi5 package to import into the organisation's LMS (lärplattform),
 * and the address of its course structure.
 */
function lmsSection(me, courses) {
  const roles = me && Array.isArray(me.roles) ? me.roles : [];
  if (!roles.includes('TRAINER') && !roles.includes('ADMIN')) return null;
  if (courses.length === 0) return null;
  return el('section', { class: 'lms-packages', 'aria-labelledby': 'lms-heading' },
    el('h2', { id: 'lms-heading' }, 'Använd kurserna i en lärplattform (cmi5)'),
    el('p', {}, 'Ladda ner kursens cmi5-paket och importera det i er lärplattform (LMS). ',
      'Deltagarna startar då fallen och kunskapstesten därifrån, och resultaten rapporteras dit.'),
    el('ul', { class: 'plain-list' }, courses.map((c) => el('li', {},
      el('a', { class: 'button secondary', id: `cmi5-${c.id}`, download: '',
        href: `/api/cmi5/courses/${encodeURIComponent(c.id)}/package` }, `Ladda ner cmi5-paket för ${c.title}`),
      el('p', { class: 'hint' }, 'Kursstrukturen finns också på en fast adress: ',
        el('code', {}, `${location.origin}/cmi5/courses/${encodeURIComponent(c.id)}/cmi5.xml`))))));
}

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
