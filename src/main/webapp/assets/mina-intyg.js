// Mina intyg: the learner's certificates, their two files and how someone else checks them.
import { api, el, errorMessage, page, show } from './kasus.js';
import { copyText, reasonText, studyTime, swedishDate } from './intyg.js';

const EMPTY = 'Du har inga intyg än. Du får ett intyg när du har gjort klart en kurs.';

page(async (content) => {
  let certificates;
  try {
    certificates = await api('/api/me/certificates');
  } catch (e) {
    if (e.status === 401 || e.type === 'password-change-required') throw e;
    show(content, el('h1', {}, 'Mina intyg'),
      errorMessage(`Det gick inte att hämta dina intyg. ${e.message}`),
      el('p', {}, 'Försök igen om en stund genom att ladda om sidan. Om det inte hjälper, kontakta den som ansvarar för utbildningen.'));
    return;
  }
  if (!certificates || certificates.length === 0) {
    show(content, el('h1', {}, 'Mina intyg'), el('p', { id: 'inga-intyg' }, EMPTY),
      el('p', {}, el('a', { href: '/' }, 'Till Mina kurser')));
    return;
  }
  const byId = new Map(certificates.map((c) => [c.id, c]));
  show(content,
    el('h1', {}, 'Mina intyg'),
    el('p', {}, 'Här finns intygen för de kurser du har gjort klart. Varje intyg finns som PDF och som digitalt intyg.'),
    el('ul', { class: 'cards' }, certificates.map((c) => el('li', {}, certificateCard(c, byId)))),
    explanation());
});

function certificateCard(c, byId) {
  const headingId = `intyg-${c.id}-rubrik`;
  const valid = c.status === 'VALID';
  const study = studyTime(c.studyMinutes);
  return el('article', { id: `intyg-${c.id}`, 'aria-labelledby': headingId, class: 'certificate' },
    el('h2', { id: headingId }, c.courseTitle),
    el('dl', { class: 'meta' },
      el('dt', {}, 'Kursversion'), el('dd', {}, String(c.courseVersion)),
      el('dt', {}, 'Slutförd'), el('dd', {}, el('time', { datetime: c.completedOn }, swedishDate(c.completedOn))),
      study ? [el('dt', {}, 'Beräknad studietid'), el('dd', {}, study)] : null,
      el('dt', {}, 'Namn på intyget'), el('dd', {}, c.learnerName),
      el('dt', {}, 'Status'), el('dd', { class: 'status-text' }, valid ? 'Giltigt' : 'Återkallat')),
    valid ? null : revokedNotice(c, byId),
    valid ? downloads(c) : null,
    verification(c, valid));
}

function revokedNotice(c, byId) {
  const replacement = c.replacedBy ? byId.get(c.replacedBy) : null;
  return el('div', { class: 'message error' },
    el('p', {}, el('strong', {}, 'Intyget gäller inte längre. '),
      `Det återkallades ${swedishDate(c.revokedAt)}. Skäl: ${reasonText(c)}.`),
    c.replacedBy
      ? el('p', {}, 'Du har fått ett nytt intyg i stället. ',
        el('a', { href: `#intyg-${c.replacedBy}` },
          replacement ? `Gå till det nya intyget (kod ${replacement.code})` : 'Gå till det nya intyget'))
      : el('p', {}, 'Kontakta den som ansvarar för utbildningen om du har frågor om varför.'));
}

function downloads(c) {
  return el('ul', { class: 'plain-list downloads' },
    el('li', {}, el('a', { href: c.pdfUrl, download: `intyg-${c.code}.pdf` }, 'Ladda ned intyget (PDF)')),
    el('li', {}, el('a', { href: c.credentialUrl, download: `intyg-${c.code}.jwt` }, 'Ladda ned det digitala intyget (Open Badges)')));
}

function verification(c, valid) {
  const codeId = `kod-${c.id}`;
  const linkId = `lank-${c.id}`;
  const code = el('code', { id: codeId, class: 'verification-code' }, c.code);
  const link = el('a', { id: linkId, href: c.verificationUrl, class: 'verification-link' }, c.verificationUrl);
  const codeSaid = el('span', { class: 'hint', role: 'status' });
  const linkSaid = el('span', { class: 'hint', role: 'status' });
  return el('div', { class: 'verification' },
    el('h3', {}, valid ? 'Så kan andra kontrollera intyget' : 'Kontrollera intyget'),
    el('dl', { class: 'meta' },
      el('dt', {}, 'Verifieringskod'),
      el('dd', {}, code, ' ',
        el('button', { type: 'button', class: 'secondary small', 'aria-describedby': codeId,
          onclick: () => copyText(c.code, code, codeSaid) }, 'Kopiera koden'), codeSaid),
      el('dt', {}, 'Verifieringslänk'),
      el('dd', {}, link, ' ',
        el('button', { type: 'button', class: 'secondary small', 'aria-describedby': linkId,
          onclick: () => copyText(c.verificationUrl, link, linkSaid) }, 'Kopiera länken'), linkSaid)));
}

function explanation() {
  return el('section', { 'aria-labelledby': 'om-filerna' },
    el('h2', { id: 'om-filerna' }, 'Om filerna och hur intyget kontrolleras'),
    el('p', {}, el('strong', {}, 'Intyget som PDF'),
      ' kan du skriva ut, spara eller skicka till din arbetsgivare. Det är underskrivet elektroniskt,'
      + ' så det går att se om någon har ändrat i filen. Det är gjort för att kunna arkiveras i många år och för att'
      + ' kunna läsas med skärmläsare.'),
    el('p', {}, el('strong', {}, 'Det digitala intyget (Open Badges)'),
      ' är samma intyg i ett öppet standardformat för digitala kompetensbevis (Open Badges 3.0). Du kan spara filen'
      + ' i en digital plånbok eller ett kompetensregister som tar emot Open Badges.'),
    el('p', {}, el('strong', {}, 'Den som vill kontrollera ditt intyg'),
      ' öppnar verifieringslänken eller skannar QR-koden på PDF-intyget. Det går också att skriva in verifieringskoden'
      + ' på sidan ', el('a', { href: '/verifiera.html' }, 'Kontrollera ett intyg'), '. Där syns om intyget är giltigt,'
      + ' kursen, när du gjorde klart den och ditt namn. Inga andra uppgifter om dig visas. Ingen inloggning behövs.'));
}
