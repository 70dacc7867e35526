// Konton: search accounts, open one to change details, roles and state or set a temporary password; create accounts.
import { announce, api, el, errorMessage, param, show } from './kasus.js';
import {
  adminPage, apiCall, clearErrors, dateTime, field, fieldError, passwordNotice, roleList, unitSelect, ROLE_TEXT,
} from './admin-common.js';

const FIELD_OF_PROBLEM = {
  'invalid-username': 'ny-anvandarnamn', 'username-taken': 'ny-anvandarnamn', 'weak-password': 'ny-losenord',
  'invalid-email': 'ny-epost', 'unknown-org-unit': 'ny-enhet',
};
const FIELD_OF_VIOLATION = {
  username: 'ny-anvandarnamn', displayName: 'ny-namn', email: 'ny-epost', password: 'ny-losenord', orgUnitId: 'ny-enhet',
};

let units = [];

function unitPath(id) {
  const unit = units.find((u) => u.id === id);
  return unit ? unit.path : '–';
}

function roleBoxes(prefix, selected) {
  return el('fieldset', { class: 'roles' },
    el('legend', {}, 'Roller'),
    ['LEARNER', 'TRAINER', 'ADMIN'].map((role) => el('div', { class: 'option' },
      el('input', { type: 'checkbox', id: `${prefix}-${role}`, name: `${prefix}-roll`, value: role, checked: selected.includes(role) }),
      el('label', { for: `${prefix}-${role}` }, ROLE_TEXT[role]))));
}

function checkedRoles(form, prefix) {
  return [...form.querySelectorAll(`input[name="${prefix}-roll"]:checked`)].map((i) => i.value);
}

/** Shows a problem by its fields when it names them, else as one alert; focuses the first field with an error. */
function showProblem(form, status, result, fieldOfProblem, fieldOfViolation) {
  status.replaceChildren();
  let first = null;
  const violations = (result.data && result.data.violations) || [];
  for (const v of violations) {
    const input = fieldError(form, fieldOfViolation[v.field], v.message);
    first = first || input;
  }
  if (violations.length === 0 && fieldOfProblem[result.type]) {
    first = fieldError(form, fieldOfProblem[result.type], result.data.detail);
  }
  status.append(errorMessage(result.data && result.data.detail ? result.data.detail : 'Något gick fel.'));
  if (first) first.focus();
}

function searchForm(content) {
  const q = el('input', { type: 'search', name: 'q', value: param('q') || '', autocomplete: 'off' });
  const unit = unitSelect(units, param('enhet') || '', 'Alla organisationsenheter');
  unit.setAttribute('name', 'enhet');
  const state = el('select', { name: 'status' },
    el('option', { value: '' }, 'Alla konton'),
    el('option', { value: 'true', selected: param('status') === 'true' }, 'Aktiva'),
    el('option', { value: 'false', selected: param('status') === 'false' }, 'Inaktiverade'));
  const results = el('div', { id: 'results' });
  const form = el('form', {
    role: 'search', class: 'search', 'aria-label': 'Sök konton',
    onsubmit: (e) => { e.preventDefault(); search(q.value, unit.value, state.value, results, true); },
  },
  field('sok', 'Sök på användarnamn, namn eller e-post', q),
  el('div', { class: 'filters' }, field('enhet', 'Organisation', unit), field('status', 'Status', state)),
  el('button', { type: 'submit' }, 'Sök'));
  search(q.value, unit.value, state.value, results, false);
  return [form, results];
}

async function search(text, unit, active, results, announceIt) {
  const query = new URLSearchParams();
  if (text) query.set('q', text);
  if (unit) query.set('unit', unit);
  if (active) query.set('active', active);
  const page = new URLSearchParams();
  if (text) page.set('q', text);
  if (unit) page.set('enhet', unit);
  if (active) page.set('status', active);
  history.replaceState(null, '', location.pathname + (page.toString() ? '?' + page : ''));
  const result = await apiCall('/api/admin/users?' + query);
  if (!result.ok) {
    results.replaceChildren(errorMessage(result.data.detail));
    return;
  }
  const accounts = result.data;
  const more = Boolean(result.link && result.link.includes('rel="next"'));
  const count = accounts.length === 0 ? 'Inga konton matchar sökningen.'
    : `${accounts.length}${more ? '+' : ''} ${accounts.length === 1 ? 'konto' : 'konton'}`;
  results.replaceChildren(
    accounts.length === 0 ? el('p', {}, count) : el('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': 'konton-caption', tabindex: '0' },
      el('table', {},
        el('caption', { id: 'konton-caption' }, `Konton: ${count}`),
        el('thead', {}, el('tr', {}, ['Användarnamn', 'Namn', 'E-post', 'Organisation', 'Roller', 'Status', 'Senast inloggad']
          .map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, accounts.map((a) => el('tr', {},
          el('th', { scope: 'row' }, el('a', { href: `/admin/konton.html?konto=${encodeURIComponent(a.id)}` }, a.username)),
          el('td', {}, a.displayName), el('td', {}, a.email || '–'), el('td', {}, unitPath(a.orgUnitId)),
          el('td', {}, roleList(a.roles)), el('td', {}, a.active ? 'Aktivt' : 'Inaktiverat'),
          el('td', {}, dateTime(a.lastLoginAt))))))),
    more ? el('p', { class: 'hint' }, 'Fler konton matchar. Förfina sökningen för att se dem.') : null);
  if (announceIt) announce(count);
}

function createForm() {
  const status = el('div', { class: 'form-status' });
  const form = el('form', { novalidate: true, 'aria-labelledby': 'skapa-rubrik' },
    field('ny-anvandarnamn', 'Användarnamn', el('input', { type: 'text', autocomplete: 'off', required: true, spellcheck: 'false' }),
      '3–64 tecken: små bokstäver a–z, siffror, punkt, bindestreck, understreck eller @.'),
    field('ny-namn', 'Namn', el('input', { type: 'text', autocomplete: 'off' })),
    field('ny-epost', 'E-post (frivilligt)', el('input', { type: 'email', autocomplete: 'off' })),
    field('ny-enhet', 'Organisation', unitSelect(units, '', 'Ingen organisationsenhet')),
    roleBoxes('ny', ['LEARNER']),
    field('ny-losenord', 'Lösenord (frivilligt)', el('input', { type: 'password', autocomplete: 'new-password' }),
      'Lämna tomt så skapar Kasus ett tillfälligt lösenord som personen måste byta vid första inloggningen.'),
    el('button', { type: 'submit' }, 'Skapa konto'),
    status);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const value = (id) => form.querySelector(`#${id}`).value;
    const roles = checkedRoles(form, 'ny');
    const result = await apiCall('/api/admin/users', {
      method: 'POST',
      body: {
        username: value('ny-anvandarnamn'), displayName: value('ny-namn') || null, email: value('ny-epost') || null,
        password: value('ny-losenord') || null, orgUnitId: value('ny-enhet') || null, roles: roles.length ? roles : null,
      },
    });
    if (!result.ok) {
      showProblem(form, status, result, FIELD_OF_PROBLEM, FIELD_OF_VIOLATION);
      return;
    }
    const account = result.data;
    form.reset();
    status.replaceChildren(el('div', { role: 'status' },
      el('p', { class: 'message ok' }, `Kontot ${account.username} är skapat. `,
        el('a', { href: `/admin/konton.html?konto=${encodeURIComponent(account.id)}` }, `Visa ${account.username}`)),
      account.temporaryPassword ? passwordNotice(account.username, account.temporaryPassword) : null));
  });
  return el('section', { 'aria-labelledby': 'skapa-rubrik' }, el('h2', { id: 'skapa-rubrik' }, 'Skapa konto'), form);
}

/** A confirmation step in the page itself: focus moves to it, Avbryt returns focus to the button that asked. */
function confirmStep(container, opener, question, yesText, onYes) {
  const yes = el('button', { type: 'button' }, yesText);
  const no = el('button', { type: 'button', class: 'secondary' }, 'Avbryt');
  const box = el('div', { class: 'confirm', role: 'group', 'aria-labelledby': 'bekrafta-fraga' },
    el('p', { id: 'bekrafta-fraga', tabindex: '-1' }, question), el('div', { class: 'actions' }, yes, no));
  yes.addEventListener('click', async () => { yes.disabled = true; await onYes(); });
  no.addEventListener('click', () => { box.remove(); opener.focus(); });
  container.replaceChildren(box);
  box.querySelector('#bekrafta-fraga').focus();
}

async function detail(content, id, me) {
  const account = await api(`/api/admin/users/${encodeURIComponent(id)}`);
  const self = account.username === me.username;
  const status = el('div', { id: 'konto-status' });
  const say = (node) => { status.replaceChildren(node); };

  const details = el('form', { novalidate: true, 'aria-labelledby': 'uppgifter-rubrik' },
    field('d-namn', 'Namn', el('input', { type: 'text', value: account.displayName, required: true })),
    field('d-epost', 'E-post', el('input', { type: 'email', value: account.email || '' })),
    field('d-enhet', 'Organisation', unitSelect(units, account.orgUnitId, 'Ingen organisationsenhet')),
    el('button', { type: 'submit' }, 'Spara uppgifter'));
  details.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(details);
    const result = await apiCall(`/api/admin/users/${encodeURIComponent(id)}`, {
      method: 'PUT',
      body: {
        displayName: details.querySelector('#d-namn').value, email: details.querySelector('#d-epost').value || null,
        orgUnitId: details.querySelector('#d-enhet').value || null,
      },
    });
    if (!result.ok) {
      showProblem(details, status, result, { 'invalid-email': 'd-epost', 'name-required': 'd-namn', 'unknown-org-unit': 'd-enhet' },
        { displayName: 'd-namn', email: 'd-epost', orgUnitId: 'd-enhet' });
      return;
    }
    say(el('p', { class: 'message ok', role: 'status' }, 'Uppgifterna är sparade.'));
  });

  const roles = el('form', { 'aria-labelledby': 'roller-rubrik' }, roleBoxes('d', account.roles),
    self ? el('p', { class: 'hint' }, 'Du kan inte ta bort din egen administratörsroll.') : null,
    el('button', { type: 'submit' }, 'Spara roller'));
  roles.addEventListener('submit', async (e) => {
    e.preventDefault();
    const chosen = checkedRoles(roles, 'd');
    if (chosen.length === 0) {
      say(errorMessage('Välj minst en roll.'));
      return;
    }
    const result = await apiCall(`/api/admin/users/${encodeURIComponent(id)}/roles`, { method: 'PUT', body: { roles: chosen } });
    say(result.ok ? el('p', { class: 'message ok', role: 'status' }, `Rollerna är sparade: ${roleList(result.data.roles)}.`)
      : errorMessage(result.data.detail));
  });

  const stateArea = el('div', {});
  const stateButton = el('button', { type: 'button', class: account.active ? 'danger' : '' },
    account.active ? 'Inaktivera kontot' : 'Aktivera kontot igen');
  stateButton.addEventListener('click', () => {
    const path = `/api/admin/users/${encodeURIComponent(id)}/${account.active ? 'deactivate' : 'reactivate'}`;
    const act = async () => {
      const result = await apiCall(path, { method: 'POST' });
      if (!result.ok) {
        stateArea.replaceChildren();
        say(errorMessage(result.data.detail));
        stateButton.focus();
        return;
      }
      await detail(content, id, me);
      announce(result.data.active ? 'Kontot är aktiverat igen.' : 'Kontot är inaktiverat.');
    };
    if (account.active) {
      confirmStep(stateArea, stateButton, `Vill du inaktivera kontot ${account.username}? Personen loggas ut direkt och kan inte`
        + ' logga in förrän kontot aktiveras igen.', 'Ja, inaktivera kontot', act);
    } else {
      act();
    }
  });

  const passwordArea = el('div', {});
  const passwordButton = el('button', { type: 'button', class: 'secondary' }, 'Skapa tillfälligt lösenord');
  passwordButton.addEventListener('click', () => confirmStep(passwordArea, passwordButton,
    `Vill du ge ${account.username} ett nytt tillfälligt lösenord? Det gamla slutar gälla och personen loggas ut direkt.`,
    'Ja, skapa lösenord', async () => {
      const result = await apiCall(`/api/admin/users/${encodeURIComponent(id)}/temporary-password`, { method: 'POST' });
      if (!result.ok) {
        passwordArea.replaceChildren(errorMessage(result.data.detail));
        return;
      }
      const notice = passwordNotice(account.username, result.data.temporaryPassword);
      notice.setAttribute('tabindex', '-1');
      passwordArea.replaceChildren(notice);
      notice.focus();
    }));

  show(content,
    el('p', {}, el('a', { href: '/admin/konton.html' }, 'Tillbaka till alla konton')),
    el('h1', {}, `Konto: ${account.username}`),
    el('dl', { class: 'meta' },
      el('dt', {}, 'Status'), el('dd', {}, account.active ? 'Aktivt' : 'Inaktiverat'),
      el('dt', {}, 'Roller'), el('dd', {}, roleList(account.roles)),
      el('dt', {}, 'Organisation'), el('dd', {}, unitPath(account.orgUnitId)),
      el('dt', {}, 'Skapat'), el('dd', {}, dateTime(account.createdAt)),
      el('dt', {}, 'Senast inloggad'), el('dd', {}, dateTime(account.lastLoginAt)),
      account.mustChangePassword ? [el('dt', {}, 'Lösenord'), el('dd', {}, 'Måste bytas vid nästa inloggning')] : null),
    status,
    el('section', { 'aria-labelledby': 'uppgifter-rubrik' }, el('h2', { id: 'uppgifter-rubrik' }, 'Uppgifter'), details),
    el('section', { 'aria-labelledby': 'roller-rubrik' }, el('h2', { id: 'roller-rubrik' }, 'Roller'), roles),
    el('section', { 'aria-labelledby': 'status-rubrik' }, el('h2', { id: 'status-rubrik' }, 'Aktivt eller inaktiverat'),
      self ? el('p', { class: 'hint' }, 'Du kan inte inaktivera ditt eget konto.')
        : [el('p', {}, account.active ? 'Ett inaktiverat konto kan inte logga in, och pågående inloggningar avslutas direkt.'
          : 'Kontot är inaktiverat och kan inte logga in.'), el('div', { class: 'actions' }, stateButton), stateArea]),
    el('section', { 'aria-labelledby': 'losen-rubrik' }, el('h2', { id: 'losen-rubrik' }, 'Tillfälligt lösenord'),
      self ? el('p', { class: 'hint' }, 'Byt ditt eget lösenord under Mitt konto.')
        : [el('p', {}, 'Om personen har glömt sitt lösenord kan du skapa ett tillfälligt. Det visas en gång och måste bytas vid'
          + ' nästa inloggning.'), el('div', { class: 'actions' }, passwordButton), passwordArea]));
}

adminPage(async (content, me) => {
  units = await api('/api/admin/org-units');
  const id = param('konto');
  if (id) {
    await detail(content, id, me);
    return;
  }
  show(content, el('h1', {}, 'Konton'),
    el('p', {}, 'Sök bland konton och öppna ett för att ändra uppgifter, roller eller lösenord. Många konton på en gång: ',
      el('a', { href: '/admin/importera.html' }, 'importera från en CSV-fil'), '.'),
    searchForm(content), createForm());
});
