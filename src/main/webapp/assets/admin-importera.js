// Importera konton: preview a CSV file row by row, import it when every row is right, hand out the passwords.
import { announce, el, show } from './kasus.js';
import { adminPage, apiCall, roleList } from './admin-common.js';

const EXAMPLE = 'användarnamn;namn;e-post;organisation;roll\n'
  + 'anna.svensson;Anna Svensson;anna.svensson@kommun.se;Kommunen > Socialförvaltningen > Försörjningsstöd;deltagare\n'
  + 'bo.karlsson;Bo Karlsson;bo.karlsson@kommun.se;Kommunen > Socialförvaltningen;utbildare|deltagare\n';

let fileBytes = null;
let fileName = '';

function summary(report) {
  const errorRows = report.rows.filter((r) => r.status === 'error');
  const counts = `${report.total} ${report.total === 1 ? 'rad' : 'rader'}: ${report.ok} utan fel, ${report.errors} med fel.`;
  if (errorRows.length === 0) {
    return el('div', { class: 'message ok', role: 'status' },
      el('p', {}, `Alla rader kan importeras. ${counts}`),
      report.newUnits.length ? el('p', {}, `${report.newUnits.length} nya organisationsenheter skapas.`) : null);
  }
  return el('div', { class: 'message error', role: 'alert' },
    el('p', {}, el('strong', {}, `${errorRows.length === 1 ? '1 rad har fel' : `${errorRows.length} rader har fel`}. Inget importeras`
      + ' förrän filen är rättad.'), ` ${counts}`),
    el('ul', {}, errorRows.map((r) => el('li', {},
      el('a', { href: `#rad-${r.line}` }, `Rad ${r.line}${r.username ? ` (${r.username})` : ''}`), ': ', r.messages.join(' ')))),
    el('p', {}, 'Rätta raderna i filen, spara den och välj den igen.'));
}

function table(report) {
  return el('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': 'forhands-caption', tabindex: '0' },
    el('table', { class: 'import-preview' },
      el('caption', { id: 'forhands-caption' }, `Förhandsgranskning av ${fileName}: ${report.total} rader`),
      el('thead', {}, el('tr', {}, ['Rad', 'Resultat', 'Användarnamn', 'Namn', 'E-post', 'Organisation', 'Roller']
        .map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, report.rows.map((r) => el('tr', { id: `rad-${r.line}`, class: r.status === 'error' ? 'row-error' : null, tabindex: '-1' },
        el('th', { scope: 'row' }, String(r.line)),
        el('td', {}, r.status === 'error'
          ? [el('strong', {}, 'Fel'), el('ul', { class: 'plain-list' }, r.messages.map((m) => el('li', {}, m)))]
          : 'OK'),
        el('td', {}, r.username || '–'), el('td', {}, r.displayName || '–'), el('td', {}, r.email || '–'),
        el('td', {}, r.orgUnit || '–'), el('td', {}, roleList(r.roles)))))));
}

function newUnits(report) {
  if (!report.newUnits.length) return null;
  return el('section', { 'aria-labelledby': 'nya-enheter' },
    el('h3', { id: 'nya-enheter' }, 'Organisationsenheter som skapas'),
    el('ul', {}, report.newUnits.map((u) => el('li', {}, u))));
}

function passwordsCsv(result) {
  const quote = (v) => `"${String(v).replace(/"/g, '""')}"`;
  const lines = ['användarnamn;namn;tillfälligt lösenord'].concat(
    result.accounts.map((a) => [a.username, a.displayName, a.temporaryPassword].map(quote).join(';')));
  return new Blob(['\uFEFF' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
}

function finished(area, result) {
  const link = el('a', { href: URL.createObjectURL(passwordsCsv(result)), download: 'kasus-tillfalliga-losenord.csv', class: 'button' },
    'Ladda ned lösenorden (CSV)');
  const heading = el('h2', { id: 'resultat', tabindex: '-1' }, 'Importen är klar');
  area.replaceChildren(
    heading,
    el('p', { class: 'message ok', role: 'status' }, `${result.imported} konton skapades.`
      + (result.newUnits.length ? ` ${result.newUnits.length} nya organisationsenheter skapades.` : '')),
    el('p', {}, 'Varje konto har fått ett tillfälligt lösenord som visas bara nu. Ladda ned listan eller kopiera lösenorden'
      + ' och lämna dem till personerna på ett säkert sätt. Vid första inloggningen måste var och en välja ett eget lösenord.'),
    el('p', {}, link),
    el('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': 'losen-caption', tabindex: '0' },
      el('table', {},
        el('caption', { id: 'losen-caption' }, 'Tillfälliga lösenord'),
        el('thead', {}, el('tr', {}, ['Användarnamn', 'Namn', 'Tillfälligt lösenord'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, result.accounts.map((a) => el('tr', {},
          el('th', { scope: 'row' }, a.username), el('td', {}, a.displayName), el('td', {}, el('code', {}, a.temporaryPassword))))))));
  heading.focus();
}

adminPage(async (content) => {
  const input = el('input', { type: 'file', id: 'fil', accept: '.csv,text/csv', 'aria-describedby': 'fil-hint' });
  const previewButton = el('button', { type: 'submit' }, 'Förhandsgranska');
  const importButton = el('button', { type: 'button', disabled: true, 'aria-describedby': 'importera-hint' }, 'Importera');
  const importHint = el('p', { class: 'hint', id: 'importera-hint' }, 'Du kan importera när förhandsgranskningen inte visar några fel.');
  const status = el('div', { id: 'import-status' });
  const area = el('div', { id: 'forhandsgranskning' });

  input.addEventListener('change', () => {
    importButton.disabled = true;
    fileBytes = null;
    status.replaceChildren();
    area.replaceChildren();
  });

  const form = el('form', {
    'aria-labelledby': 'fil-rubrik',
    onsubmit: async (e) => {
      e.preventDefault();
      importButton.disabled = true;
      area.replaceChildren();
      const file = input.files && input.files[0];
      if (!file) {
        status.replaceChildren(el('div', { class: 'message error', role: 'alert' }, 'Välj en CSV-fil först.'));
        input.focus();
        return;
      }
      fileName = file.name;
      fileBytes = await file.arrayBuffer();
      const result = await apiCall('/api/admin/users/import?dryRun=true', { method: 'POST', body: fileBytes, contentType: 'text/csv; charset=utf-8' });
      if (!result.ok) {
        status.replaceChildren(el('div', { class: 'message error', role: 'alert' }, result.data.detail));
        return;
      }
      const report = result.data;
      status.replaceChildren(summary(report));
      area.replaceChildren(table(report), newUnits(report));
      importButton.disabled = report.errors > 0;
      if (report.errors === 0) announce('Förhandsgranskningen visar inga fel. Du kan importera.');
    },
  },
  el('div', { class: 'field' },
    el('label', { for: 'fil' }, 'CSV-fil med konton'),
    el('p', { class: 'hint', id: 'fil-hint' }, 'UTF-8, med semikolon eller komma mellan fälten. Högst 2000 rader.'),
    input),
  el('div', { class: 'actions' }, previewButton, importButton),
  importHint);

  importButton.addEventListener('click', async () => {
    if (!fileBytes) return;
    importButton.disabled = true;
    status.replaceChildren(el('p', { role: 'status' }, 'Importerar … Det kan ta en stund för många konton.'));
    const result = await apiCall('/api/admin/users/import?dryRun=false', { method: 'POST', body: fileBytes, contentType: 'text/csv; charset=utf-8' });
    if (!result.ok) {
      const report = result.data.report;
      status.replaceChildren(report ? summary(report) : el('div', { class: 'message error', role: 'alert' }, result.data.detail));
      if (report) area.replaceChildren(table(report), newUnits(report));
      return;
    }
    status.replaceChildren();
    input.value = '';
    fileBytes = null;
    finished(area, result.data);
  });

  show(content,
    el('h1', {}, 'Importera konton'),
    el('p', {}, 'Skapa många konton på en gång från en CSV-fil, till exempel sparad från Excel. Först förhandsgranskar du filen:'
      + ' Kasus kontrollerar varje rad och visar vad som är fel. Ingenting importeras förrän alla rader är rätt.'),
    el('details', {},
      el('summary', {}, 'Så ska filen se ut'),
      el('p', {}, 'Första raden är en rubrikrad. Kolumnerna är användarnamn, namn, e-post, organisation och roll'
        + ' (eller på engelska username, name, email, org unit, role). Organisationen skrivs från högsta nivån, med > mellan'
        + ' nivåerna; enheter som saknas skapas. Roll är deltagare, utbildare eller administratör; flera skiljs åt med |.'
        + ' Tom roll blir deltagare.'),
      el('pre', {}, el('code', {}, EXAMPLE)),
      el('p', {}, 'I Excel: Arkiv › Spara som › "CSV UTF-8 (kommaavgränsad)".')),
    el('h2', { id: 'fil-rubrik' }, 'Välj fil'),
    form, status, area);
});
