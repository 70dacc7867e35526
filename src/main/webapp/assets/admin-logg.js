// Granskningslogg: administrative actions, newest first, 50 at a time.
import { announce, el, param, show } from './kasus.js';
import { ACTION_TEXT, adminPage, apiCall, dateTime, field } from './admin-common.js';

const PAGE_SIZE = 50;

function row(entry) {
  return el('tr', {},
    el('td', {}, el('time', { datetime: entry.occurredAt }, dateTime(entry.occurredAt))),
    el('td', {}, entry.actor),
    el('th', { scope: 'row' }, ACTION_TEXT[entry.action] || entry.action),
    el('td', {}, entry.target || '–'),
    el('td', {}, entry.detail || '–'),
    el('td', {}, entry.address || '–'));
}

adminPage(async (content) => {
  const q = el('input', { type: 'search', value: param('q') || '' });
  const body = el('tbody', {});
  const status = el('div', {});
  const more = el('button', { type: 'button', class: 'secondary' }, 'Visa äldre');
  const moreArea = el('div', { class: 'actions' });
  let oldest = null;

  async function load(reset) {
    const query = new URLSearchParams();
    if (q.value.trim()) query.set('q', q.value.trim());
    if (!reset && oldest) query.set('before', oldest);
    const result = await apiCall('/api/admin/audit?' + query);
    if (!result.ok) {
      status.replaceChildren(el('div', { class: 'message error', role: 'alert' }, result.data.detail));
      return { count: 0, firstNew: 0 };
    }
    status.replaceChildren();
    if (reset) body.replaceChildren();
    const entries = result.data;
    const firstNew = body.children.length;
    entries.forEach((e) => body.append(row(e)));
    if (entries.length) oldest = entries[entries.length - 1].occurredAt;
    moreArea.replaceChildren(entries.length === PAGE_SIZE ? more : el('p', { class: 'hint' }, body.children.length
      ? 'Det finns inga äldre händelser.' : 'Inga händelser matchar.'));
    return { count: entries.length, firstNew };
  }

  more.addEventListener('click', async () => {
    const { count, firstNew } = await load(false);
    announce(`${count} äldre händelser visas.`);
    const first = body.children[firstNew];
    if (first) {
      first.setAttribute('tabindex', '-1');
      first.focus();
    }
  });

  const form = el('form', {
    role: 'search', 'aria-label': 'Filtrera granskningsloggen',
    onsubmit: async (e) => {
      e.preventDefault();
      history.replaceState(null, '', location.pathname + (q.value.trim() ? '?q=' + encodeURIComponent(q.value.trim()) : ''));
      oldest = null;
      const { count } = await load(true);
      announce(count === 0 ? 'Inga händelser matchar.' : `${count} händelser visas.`);
    },
  }, field('filter', 'Filtrera på vem, händelse, mål eller detaljer', q), el('button', { type: 'submit' }, 'Filtrera'));

  show(content,
    el('h1', {}, 'Granskningslogg'),
    el('p', {}, 'Här finns det administratörer har gjort: vem, vad, när och från vilken adress. Loggen kan inte ändras.'),
    form, status,
    el('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': 'logg-caption', tabindex: '0' },
      el('table', {},
        el('caption', { id: 'logg-caption' }, 'Administrativa händelser, nyast först'),
        el('thead', {}, el('tr', {}, ['Tid', 'Vem', 'Händelse', 'Mål', 'Detaljer', 'Adress'].map((h) => el('th', { scope: 'col' }, h)))),
        body)),
    moreArea);
  await load(true);
});
