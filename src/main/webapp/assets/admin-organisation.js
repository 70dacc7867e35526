// Organisation: the tree of organisational units as nested lists; add a unit under a parent, rename one.
import { announce, api, el, show } from './kasus.js';
import { adminPage, apiCall, clearErrors, field, fieldError, unitSelect } from './admin-common.js';

let units = [];
let content;

function children(parentId) {
  return units.filter((u) => (u.parentId || null) === parentId)
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

function renameForm(unit, item, label) {
  const input = el('input', { type: 'text', value: unit.name, required: true });
  const status = el('div', {});
  const form = el('form', { class: 'inline-form', novalidate: true },
    field(`namn-${unit.id}`, `Nytt namn på ${unit.path}`, input),
    el('div', { class: 'actions' },
      el('button', { type: 'submit' }, 'Spara namnet'),
      el('button', { type: 'button', class: 'secondary', onclick: () => { form.replaceWith(label); label.querySelector('button').focus(); } },
        'Avbryt')),
    status);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const result = await apiCall(`/api/admin/org-units/${encodeURIComponent(unit.id)}`,
      { method: 'PUT', body: { name: input.value, parentId: unit.parentId || null } });
    if (!result.ok) {
      const message = result.data.violations ? result.data.violations[0].message : result.data.detail;
      fieldError(form, `namn-${unit.id}`, message).focus();
      return;
    }
    await render(`${unit.name} heter nu ${result.data.name}.`);
  });
  return form;
}

function tree(parentId) {
  const list = children(parentId);
  if (list.length === 0) return null;
  return el('ul', { class: 'org-tree' }, list.map((unit) => {
    const label = el('div', { class: 'org-unit' },
      el('span', { class: 'org-name' }, unit.name), ' ',
      el('button', { type: 'button', class: 'secondary small' }, 'Byt namn', el('span', { class: 'skip-visually' }, ` på ${unit.path}`)),
      ' ',
      el('button', { type: 'button', class: 'secondary small' }, 'Lägg till underenhet',
        el('span', { class: 'skip-visually' }, ` under ${unit.path}`)));
    const item = el('li', {}, label, tree(unit.id));
    const [rename, addChild] = label.querySelectorAll('button');
    rename.addEventListener('click', () => {
      const form = renameForm(unit, item, label);
      label.replaceWith(form);
      form.querySelector('input').focus();
    });
    addChild.addEventListener('click', () => {
      document.getElementById('ny-overordnad').value = unit.id;
      document.getElementById('ny-enhet-namn').focus();
    });
    return item;
  }));
}

function addForm() {
  const status = el('div', {});
  const parent = unitSelect(units, '', 'Högsta nivån (till exempel myndigheten)');
  const form = el('form', { novalidate: true, 'aria-labelledby': 'ny-rubrik' },
    field('ny-enhet-namn', 'Namn', el('input', { type: 'text', required: true })),
    field('ny-overordnad', 'Placera under', parent),
    el('button', { type: 'submit' }, 'Lägg till enheten'),
    status);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    status.replaceChildren();
    const result = await apiCall('/api/admin/org-units', {
      method: 'POST', body: { name: form.querySelector('#ny-enhet-namn').value, parentId: parent.value || null },
    });
    if (!result.ok) {
      const message = result.data.violations ? result.data.violations[0].message : result.data.detail;
      const target = result.type === 'unknown-parent' || result.type === 'org-unit-too-deep' ? 'ny-overordnad' : 'ny-enhet-namn';
      fieldError(form, target, message).focus();
      return;
    }
    await render(`${result.data.path} är tillagd.`);
  });
  return el('section', { 'aria-labelledby': 'ny-rubrik' }, el('h2', { id: 'ny-rubrik' }, 'Lägg till en enhet'), form);
}

async function render(message) {
  units = await api('/api/admin/org-units');
  const top = tree(null);
  show(content,
    el('h1', {}, 'Organisation'),
    el('p', {}, 'Varje konto kan höra till en organisationsenhet, till exempel Myndighet › Avdelning › Enhet. Det behövs för att'
      + ' kunna följa upp utbildningen per del av organisationen.'),
    // Shown, and said once through the announcer: a status region made together with the page is not read out.
    message ? el('p', { class: 'message ok' }, message) : null,
    el('section', { 'aria-labelledby': 'trad-rubrik' },
      el('h2', { id: 'trad-rubrik' }, 'Organisationsträd'),
      top || el('p', {}, 'Det finns inga organisationsenheter ännu. Lägg till den högsta nivån först, till exempel myndighetens namn.')),
    addForm());
  if (message) announce(message);
}

adminPage(async (container) => {
  content = container;
  await render(null);
});
