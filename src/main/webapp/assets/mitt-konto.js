// "Mitt konto": the person's own details and the form to change the password.
import { api, el, page, param, show } from './kasus.js';

const MIN_LENGTH = 12;
const MAX_LENGTH = 256;
const ROLE_NAMES = { LEARNER: 'Deltagare', TRAINER: 'Utbildare', ADMIN: 'Administratör' };
const FIELDS = {
  currentPassword: { id: 'current-password', label: 'Nuvarande lösenord' },
  newPassword: { id: 'new-password', label: 'Nytt lösenord' },
  repeatPassword: { id: 'repeat-password', label: 'Upprepa det nya lösenordet' },
};

page(async (content, me) => {
  const mustChange = me.mustChangePassword || param('byt') === '1';
  show(content,
    el('h1', {}, 'Mitt konto'),
    mustChange ? el('div', { class: 'message', id: 'must-change' },
      el('h2', {}, 'Välj ett nytt lösenord först'),
      el('p', {}, 'Du har loggat in med ett tillfälligt lösenord som någon annan har skapat åt dig. '
        + 'Innan du kan använda Kasus behöver du välja ett eget lösenord som bara du känner till. '
        + 'Skriv det tillfälliga lösenordet som nuvarande lösenord.')) : null,
    details(me),
    passwordForm(me, mustChange));
});

function details(me) {
  const value = (text, missing) => (text ? text : el('span', { class: 'hint' }, missing));
  return el('section', { 'aria-labelledby': 'details-heading' },
    el('h2', { id: 'details-heading' }, 'Dina uppgifter'),
    el('dl', { class: 'meta' },
      el('dt', {}, 'Namn'), el('dd', { id: 'my-name' }, me.displayName),
      el('dt', {}, 'Användarnamn'), el('dd', { id: 'my-username' }, me.username),
      el('dt', {}, 'E-postadress'), el('dd', { id: 'my-email' }, value(me.email, 'Ingen e-postadress angiven')),
      el('dt', {}, 'Organisation'), el('dd', { id: 'my-unit' }, value(me.orgUnitName, 'Ingen organisation angiven')),
      el('dt', {}, 'Roller'), el('dd', { id: 'my-roles' }, (me.roles || []).map((r) => ROLE_NAMES[r] || r).join(', '))),
    el('p', { class: 'hint' }, 'Är något fel? Kontakta den som administrerar Kasus i din organisation, se ',
      el('a', { href: '/hjalp.html' }, 'Hjälp och kontakt'), '.'));
}

function field(name, autocomplete, describedBy) {
  const { id, label } = FIELDS[name];
  return el('div', { class: 'field' },
    el('label', { for: id }, label),
    describedBy ? describedBy.node : null,
    el('input', { type: 'password', id, name, autocomplete, required: true,
      'aria-describedby': describedBy ? describedBy.id : null }),
    el('p', { class: 'field-error', id: `${id}-error`, hidden: true }));
}

function passwordForm(me, mustChange) {
  const rules = el('ul', { class: 'rules hint', id: 'password-rules' },
    el('li', {}, `minst ${MIN_LENGTH} tecken (högst ${MAX_LENGTH})`),
    el('li', {}, 'inte ditt användarnamn, och inte innehålla det'),
    el('li', {}, 'inte ett av de vanligaste lösenorden, till exempel ”lösenord123456” eller ”qwerty123456”'));
  const summary = el('div', { id: 'password-summary', tabindex: '-1' });
  const result = el('div', { id: 'password-result', role: 'status' });
  const button = el('button', { type: 'submit' }, 'Byt lösenord');
  const form = el('form', { id: 'password-form', class: 'panel', novalidate: true },
    summary,
    field('currentPassword', 'current-password'),
    field('newPassword', 'new-password', {
      id: 'password-rules-intro password-rules',
      node: el('div', {}, el('p', { class: 'hint', id: 'password-rules-intro' }, 'Det nya lösenordet ska vara:'), rules),
    }),
    field('repeatPassword', 'new-password'),
    el('p', { class: 'hint' }, 'Tips: en mening med några ord som bara du vet är lätt att minnas och svår att gissa.'),
    button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form, summary);
    result.replaceChildren();
    const values = Object.fromEntries(Object.keys(FIELDS).map((name) => [name, form.elements[name].value]));
    const errors = check(values, me.username);
    if (errors.length > 0) {
      showErrors(form, summary, errors);
      return;
    }
    button.disabled = true;
    try {
      await api('/api/me/password', {
        method: 'PUT', body: { currentPassword: values.currentPassword, newPassword: values.newPassword },
      });
      form.reset();
      const notice = document.getElementById('must-change');
      if (notice) notice.remove();
      result.replaceChildren(el('div', { class: 'message ok', id: 'password-changed', tabindex: '-1' },
        el('p', {}, 'Ditt lösenord är bytt. Använd det nya lösenordet nästa gång du loggar in.'),
        mustChange ? el('p', {}, continueLink()) : null));
      document.getElementById('password-changed').focus();
    } catch (e) {
      showErrors(form, summary, serverErrors(e));
    } finally {
      button.disabled = false;
    }
  });
  return el('section', { 'aria-labelledby': 'password-heading' },
    el('h2', { id: 'password-heading' }, 'Byt lösenord'), form, result);
}

/** Where to go after a required change: the page the person was on before the login, else Mina kurser. */
function continueLink() {
  const back = sessionStorage.getItem('kasus.atergang');
  sessionStorage.removeItem('kasus.atergang');
  const safe = back && /^\/[^/\\]/.test(back) && !/[\s\\]/.test(back)
    && new URL(back, location.origin).origin === location.origin && !back.startsWith('/mitt-konto.html');
  return safe ? el('a', { class: 'button', href: back }, 'Fortsätt där du var')
    : el('a', { class: 'button', href: '/' }, 'Fortsätt till Mina kurser');
}

function check(values, username) {
  const errors = [];
  const length = [...values.newPassword].length;
  if (!values.currentPassword) errors.push(['currentPassword', 'Skriv ditt nuvarande lösenord.']);
  if (!values.newPassword) errors.push(['newPassword', 'Skriv ett nytt lösenord.']);
  else if (length < MIN_LENGTH) errors.push(['newPassword', `Lösenordet ska ha minst ${MIN_LENGTH} tecken. Du har skrivit ${length}.`]);
  else if (length > MAX_LENGTH) errors.push(['newPassword', `Lösenordet får ha högst ${MAX_LENGTH} tecken.`]);
  else if (username && values.newPassword.toLowerCase().includes(username.toLowerCase())) {
    errors.push(['newPassword', 'Lösenordet får inte vara eller innehålla användarnamnet.']);
  }
  if (values.newPassword && values.repeatPassword !== values.newPassword) {
    errors.push(['repeatPassword', 'Lösenorden är inte likadana. Skriv samma nya lösenord två gånger.']);
  }
  return errors;
}

function serverErrors(e) {
  if (e.type === 'wrong-current-password') return [['currentPassword', e.message]];
  if (e.type === 'weak-password') return [['newPassword', e.message]];
  return [[null, e.message]];
}

function clearErrors(form, summary) {
  summary.replaceChildren();
  summary.removeAttribute('role');
  summary.className = '';
  for (const { id } of Object.values(FIELDS)) {
    const input = form.querySelector(`#${id}`);
    const error = form.querySelector(`#${id}-error`);
    input.removeAttribute('aria-invalid');
    const described = (input.getAttribute('aria-describedby') || '').split(' ').filter((d) => d && d !== error.id);
    if (described.length > 0) input.setAttribute('aria-describedby', described.join(' '));
    else input.removeAttribute('aria-describedby');
    error.textContent = '';
    error.hidden = true;
  }
}

/** Errors beside their fields (aria-describedby) and a summary with links to them (role=alert). */
function showErrors(form, summary, errors) {
  const items = [];
  for (const [name, message] of errors) {
    if (!name) {
      items.push(el('li', {}, message));
      continue;
    }
    const { id } = FIELDS[name];
    const input = form.querySelector(`#${id}`);
    const error = form.querySelector(`#${id}-error`);
    error.textContent = message;
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', [error.id, input.getAttribute('aria-describedby')].filter(Boolean).join(' '));
    items.push(el('li', {}, el('a', { href: `#${id}` }, `${FIELDS[name].label}: ${message}`)));
  }
  summary.className = 'message error';
  summary.setAttribute('role', 'alert');
  summary.replaceChildren(el('h3', {}, 'Lösenordet byttes inte'), el('ul', {}, items));
  summary.focus();
}
