// Shared by the certificate pages (Mina intyg, Verifiera intyg, Utfärdade intyg): dates and words in Swedish.

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
  'november', 'december'];

/** "2026-12-03" or "2026-12-03T10:15:30Z" as "3 december 2026"; a day without a time is never shifted by time zone. */
export function swedishDate(value) {
  if (!value) return '–';
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return `${Number(day[3])} ${MONTHS[Number(day[2]) - 1]} ${day[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

/** The reason categories of a revocation, as the API names them. */
export const REASON_TEXT = {
  WRONG_NAME: 'Fel namn på intyget',
  ISSUED_IN_ERROR: 'Utfärdat av misstag',
  OTHER: 'Annat skäl',
};

export function reasonText(certificate) {
  return certificate.revocationReasonText || REASON_TEXT[certificate.revocationReason] || 'inget skäl angivet';
}

/** Study time in minutes as "4 timmar" or "1 timme 30 minuter". */
export function studyTime(minutes) {
  if (minutes === null || minutes === undefined) return null;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [];
  if (hours) parts.push(`${hours} ${hours === 1 ? 'timme' : 'timmar'}`);
  if (rest || !hours) parts.push(`${rest} ${rest === 1 ? 'minut' : 'minuter'}`);
  return parts.join(' ');
}

/** Copies text to the clipboard, or selects the node's text when the browser does not allow it; says which. */
export async function copyText(text, node, said) {
  try {
    await navigator.clipboard.writeText(text);
    said.textContent = ' Kopierat.';
  } catch (e) {
    const range = document.createRange();
    range.selectNodeContents(node);
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
    said.textContent = ' Texten är markerad: kopiera med Ctrl+C.';
  }
}
