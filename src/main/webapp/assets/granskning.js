import { api, el, errorMessage, loadUser, nbsp, show } from './kasus.js';

// For trainers and administrators: the legal references due for review in the published courses, and where
// each is used. The status of a reference is shown here (learners never see it).

const STATUS_TEXT = { VERIFIED: 'Verifierad', CHECK: 'Kontrollera', UNVERIFIED: 'Ej verifierad' };
const REASON_TEXT = {
  NEVER_REVIEWED: 'aldrig granskad',
  REVIEW_TOO_OLD: 'granskningen är för gammal',
  MARKED_CHECK: 'markerad att kontrollera',
  MARKED_UNVERIFIED: 'markerad som ej verifierad',
};
const REASON_ORDER = Object.keys(REASON_TEXT);

function forbidden(content) {
  show(content, el('h1', {}, 'Du har inte behörighet'),
    el('p', {}, 'Sidan är för utbildare och administratörer. Kontakta en administratör i din organisation om du behöver den.'),
    el('p', {}, el('a', { href: '/' }, 'Till Mina kurser')));
}

function usage(u) {
  return u.stepId
    ? `${u.caseTitle} (${u.caseId}), beslutspunkt ${u.stepId}, alternativ ${u.optionId}`
    : `${u.caseTitle} (${u.caseId}), fallets källor`;
}

function courseSection(course) {
  const count = course.references.length;
  const headingId = `kurs-${course.courseId}`;
  return el('section', { 'aria-labelledby': headingId },
    el('h2', { id: headingId }, `${course.courseTitle} (version ${course.version})`),
    el('p', { class: 'due-count' }, count === 1 ? '1 källa behöver granskas.' : `${count} källor behöver granskas.`),
    count === 0 ? null : el('div', { class: 'table-wrap' }, el('table', { class: 'stack' },
      el('caption', {}, `Källor att granska i ${course.courseTitle}`),
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, 'Källa'), el('th', { scope: 'col' }, 'Status'),
        el('th', { scope: 'col' }, 'Senast granskad'), el('th', { scope: 'col' }, 'Varför'),
        el('th', { scope: 'col' }, 'Används i'))),
      el('tbody', {}, course.references.map((r) => el('tr', {},
        el('th', { scope: 'row' }, nbsp(r.citation), el('span', { class: 'hint' }, ` (${r.referenceId})`)),
        el('td', { 'data-label': 'Status' }, STATUS_TEXT[r.status] || r.status),
        el('td', { 'data-label': 'Senast granskad' }, r.lastReviewed || 'Aldrig'),
        el('td', { 'data-label': 'Varför' }, REASON_ORDER.filter((k) => r.reasons.includes(k)).map((k) => REASON_TEXT[k]).join(', ')),
        el('td', { 'data-label': 'Används i' }, el('ul', {}, r.usages.map((u) => el('li', {}, usage(u)))))))))));
}

async function load(content) {
  const me = await loadUser();
  const roles = me.roles || [];
  if (!roles.includes('TRAINER') && !roles.includes('ADMIN')) {
    forbidden(content);
    return;
  }
  const due = await api('/api/authoring/references/due');
  show(content,
    el('h1', {}, 'Källor att granska'),
    el('p', {}, `En källa behöver granskas om den aldrig har granskats, om den senast granskades för mer än ${due.maxAgeDays} dagar sedan `
      + '(räknat från i dag, ' + due.today + ') eller om den är markerad att kontrollera. Listan gäller den senaste publicerade versionen av varje kurs.'),
    due.courses.length === 0 ? el('p', {}, 'Det finns inga publicerade kurser.') : due.courses.map(courseSection));
}

const content = document.getElementById('content');
load(content).catch((e) => {
  if (e.status === 401) return;
  if (e.type === 'password-change-required') {
    location.assign('/mitt-konto.html?byt=1');
    return;
  }
  if (e.status === 403) {
    forbidden(content);
    return;
  }
  show(content, el('h1', {}, 'Något gick fel'), errorMessage(e.message), el('p', {}, el('a', { href: '/' }, 'Till Mina kurser')));
});
