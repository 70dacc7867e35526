// Administration of the embedded LRS: credentials (create, see the secret once, revoke) and forwarding status.
import { api, el, page, show, errorMessage, announce } from './kasus.js';

const SCOPE_TEXT = {
  READ: 'Läsa',
  READ_WRITE: 'Läsa och skriva',
};

let content;

page(async (container) => {
  content = container;
  await render();
});

async function render(created) {
  const [credentials, targets] = await Promise.all([
    api('/api/admin/lrs-credentials'),
    api('/api/admin/xapi-forwarding'),
  ]);
  show(content,
    el('h1', {}, 'LRS och vidarebefordran'),
    el('p', {}, 'Kasus har ett eget LRS (Learning Record Store) på adressen ',
      el('code', {}, `${location.origin}/xapi/`),
      '. Andra system, till exempel en kursplattform eller ett rapportverktyg, loggar in där med en LRS-nyckel.'),
    created ? newSecret(created) : null,
    credentialSection(credentials),
    createForm(),
    forwardingSection(targets));
  if (created) {
    const heading = document.getElementById('new-secret-heading');
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}

function newSecret(created) {
  return el('section', { class: 'message ok new-secret', 'aria-labelledby': 'new-secret-heading' },
    el('h2', { id: 'new-secret-heading' }, `LRS-nyckeln ”${created.name}” är skapad`),
    el('p', { class: 'secret-warning' }, el('strong', {}, 'Kopiera hemligheten nu. '),
      'Den visas bara den här gången och kan inte visas igen, inte heller för en administratör. '
      + 'Om den kommer bort: skapa en ny nyckel och återkalla den här.'),
    el('dl', { class: 'meta secret' },
      el('dt', {}, 'Nyckel (användarnamn)'), el('dd', {}, el('code', { id: 'new-key' }, created.key)),
      el('dt', {}, 'Hemlighet (lösenord)'), el('dd', {}, el('code', { id: 'new-secret' }, created.secret)),
      el('dt', {}, 'Behörighet'), el('dd', {}, SCOPE_TEXT[created.scope] || created.scope)),
    el('p', { class: 'hint' }, 'Klienten skickar nyckeln och hemligheten med HTTP Basic-autentisering.'));
}

function credentialSection(credentials) {
  const heading = el('h2', { id: 'credentials-heading' }, 'LRS-nycklar');
  if (credentials.length === 0) {
    return el('section', { 'aria-labelledby': 'credentials-heading' }, heading,
      el('p', { id: 'no-credentials' }, 'Det finns inga LRS-nycklar. Skapa en nedan.'));
  }
  return el('section', { 'aria-labelledby': 'credentials-heading' }, heading,
    el('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': 'credentials-caption', tabindex: '0' },
      el('table', { id: 'credentials' },
      el('caption', { id: 'credentials-caption' }, `LRS-nycklar som kan användas nu (${credentials.length})`),
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, 'Namn'), el('th', { scope: 'col' }, 'Nyckel'),
        el('th', { scope: 'col' }, 'Behörighet'), el('th', { scope: 'col' }, 'Skapad'),
        el('th', { scope: 'col' }, 'Åtgärd'))),
      el('tbody', {}, credentials.map(credentialRow)))));
}

function credentialRow(credential) {
  return el('tr', { 'data-key': credential.key },
    el('th', { scope: 'row' }, credential.name),
    el('td', {}, el('code', {}, credential.key)),
    el('td', {}, SCOPE_TEXT[credential.scope] || credential.scope),
    el('td', {}, when(credential.createdAt)),
    el('td', {}, el('button', {
      type: 'button', class: 'secondary revoke', 'aria-label': `Återkalla LRS-nyckeln ${credential.name}`,
      onclick: (event) => confirmRevoke(credential, event.currentTarget),
    }, 'Återkalla')));
}

function createForm() {
  const nameError = el('p', { id: 'name-error', class: 'field-error', hidden: true });
  const scopeError = el('p', { id: 'scope-error', class: 'field-error', hidden: true });
  const formError = el('div', { id: 'form-error' });
  const name = el('input', {
    type: 'text', id: 'credential-name', name: 'name', maxlength: '200', autocomplete: 'off', required: true,
    'aria-describedby': 'name-hint',
  });
  const read = el('input', { type: 'checkbox', id: 'scope-read', name: 'scope', value: 'READ', checked: true });
  const write = el('input', { type: 'checkbox', id: 'scope-write', name: 'scope', value: 'WRITE' });
  // Writing includes reading: the boxes never say otherwise.
  write.addEventListener('change', () => { if (write.checked) read.checked = true; });
  read.addEventListener('change', () => { if (!read.checked) write.checked = false; });
  const scopes = el('fieldset', { id: 'scopes', 'aria-describedby': 'scope-hint' },
    el('legend', {}, 'Behörighet'),
    el('p', { id: 'scope-hint', class: 'hint' }, 'Den som får skriva får också läsa.'),
    el('div', { class: 'option' }, read, el('label', { for: 'scope-read' }, 'Läsa uttalanden och dokument')),
    el('div', { class: 'option' }, write, el('label', { for: 'scope-write' }, 'Skriva uttalanden och dokument')),
    scopeError);
  const button = el('button', { type: 'submit' }, 'Skapa LRS-nyckel');
  const form = el('form', { id: 'create-credential', novalidate: true },
    el('div', { class: 'field' },
      el('label', { for: 'credential-name' }, 'Namn'),
      el('p', { id: 'name-hint', class: 'hint' }, 'Vem använder nyckeln? Till exempel ”Kursplattformen”.'),
      name, nameError),
    scopes, formError,
    el('div', { class: 'actions' }, button));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearError(name, nameError, 'name-hint');
    clearError(scopes, scopeError, 'scope-hint');
    formError.replaceChildren();
    let invalid = null;
    if (name.value.trim() === '') {
      setError(name, nameError, 'name-hint', 'Skriv ett namn på LRS-nyckeln.');
      invalid = name;
    }
    if (!read.checked && !write.checked) {
      setError(scopes, scopeError, 'scope-hint', 'Välj minst en behörighet.');
      invalid = invalid || read;
    }
    if (invalid) {
      invalid.focus();
      return;
    }
    button.disabled = true;
    try {
      const created = await api('/api/admin/lrs-credentials', {
        method: 'POST', body: { name: name.value.trim(), scope: write.checked ? 'READ_WRITE' : 'READ' },
      });
      await render(created);
      announce('LRS-nyckeln är skapad. Kopiera hemligheten nu, den visas bara en gång.');
    } catch (e) {
      button.disabled = false;
      formError.replaceChildren(errorMessage(e.message));
    }
  });
  return el('section', { 'aria-labelledby': 'create-heading' },
    el('h2', { id: 'create-heading' }, 'Skapa en LRS-nyckel'), form);
}

function setError(field, slot, hintId, message) {
  slot.textContent = message;
  slot.hidden = false;
  field.setAttribute('aria-describedby', `${hintId} ${slot.id}`);
  if (field.tagName === 'INPUT') field.setAttribute('aria-invalid', 'true');
}

function clearError(field, slot, hintId) {
  slot.textContent = '';
  slot.hidden = true;
  field.setAttribute('aria-describedby', hintId);
  field.removeAttribute('aria-invalid');
}

function confirmRevoke(credential, opener) {
  const dialog = document.getElementById('revoke-dialog');
  const confirm = document.getElementById('revoke-confirm');
  const cancel = document.getElementById('revoke-cancel');
  document.getElementById('revoke-text').textContent = `Nyckeln ”${credential.name}” (${credential.key}) slutar `
    + 'fungera direkt. System som använder den nekas tills de får en ny nyckel. Det går inte att ångra.';
  const close = () => {
    confirm.onclick = null;
    cancel.onclick = null;
    dialog.close();
  };
  cancel.onclick = () => {
    close();
    opener.focus();
  };
  // Escape closes the dialog too: the person is back at the button they came from.
  dialog.oncancel = () => {
    confirm.onclick = null;
    cancel.onclick = null;
    window.setTimeout(() => opener.focus(), 0);
  };
  confirm.onclick = async () => {
    confirm.disabled = true;
    try {
      await api(`/api/admin/lrs-credentials/${encodeURIComponent(credential.id)}`, { method: 'DELETE' });
      close();
      await render();
      announce(`LRS-nyckeln ${credential.name} är återkallad.`);
      const heading = document.getElementById('credentials-heading');
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    } catch (e) {
      close();
      show(content, el('h1', {}, 'LRS och vidarebefordran'), errorMessage(e.message));
    } finally {
      confirm.disabled = false;
    }
  };
  dialog.showModal();
  cancel.focus();
}

function forwardingSection(targets) {
  const heading = el('h2', { id: 'forwarding-heading' }, 'Vidarebefordran till andra LRS');
  const intro = el('p', {}, 'Kasus skickar varje uttalande vidare till de LRS som är inställda. '
    + 'Uttalanden som inte har kommit fram ligger i kö och skickas igen automatiskt.');
  const head = el('thead', {}, el('tr', {},
    el('th', { scope: 'col' }, 'Mottagare'), el('th', { scope: 'col' }, 'I kö'),
    el('th', { scope: 'col' }, 'Senast lyckad'), el('th', { scope: 'col' }, 'Senaste fel'),
    el('th', { scope: 'col' }, 'Nästa försök')));
  const rows = targets.length === 0
    ? [el('tr', {}, el('td', { colspan: '5' }, 'Ingen vidarebefordran är inställd. '
      + 'Se README, inställningen kasus.xapi.forward.targets.'))]
    : targets.map(targetRow);
  return el('section', { 'aria-labelledby': 'forwarding-heading' }, heading, intro,
    el('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': 'forwarding-caption', tabindex: '0' },
      el('table', { id: 'forwarding' },
      el('caption', { id: 'forwarding-caption' }, 'Status per mottagare'), head, el('tbody', {}, rows))));
}

function targetRow(target) {
  const failing = target.failingSince
    ? el('span', { class: 'forwarding-failing' }, `Misslyckas sedan ${when(target.failingSince)}: `)
    : null;
  return el('tr', {},
    el('th', { scope: 'row' }, target.name, el('br'), el('span', { class: 'hint' }, target.url)),
    el('td', {}, `${target.pending} väntar`),
    el('td', {}, target.lastSuccessAt ? when(target.lastSuccessAt) : 'Inget skickat ännu'),
    el('td', {}, target.lastError ? [failing, target.lastError] : 'Inget fel'),
    el('td', {}, target.nextAttemptAt ? when(target.nextAttemptAt) : (target.pending > 0 ? 'Strax' : '–')));
}

function when(iso) {
  if (!iso) return '–';
  return new Date(iso).toLocaleString('sv-SE', { dateStyle: 'medium', timeStyle: 'short' });
}
