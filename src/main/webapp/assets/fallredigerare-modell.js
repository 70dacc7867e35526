// The case editor's model: a case document (cases/<id>.yaml as JSON) as the form edits it, and back again in the
// order of the course-content format. Fields the form does not know are kept as they were.

const CASE_KEYS = ['id', 'module', 'title', 'estimatedMinutes', 'setting', 'role', 'principlesInFocus', 'narrative',
  'start', 'steps', 'reflection', 'legalReferences'];
const STEP_KEYS = ['id', 'situation', 'prompt', 'options'];
const OPTION_KEYS = ['id', 'text', 'score', 'best', 'honours', 'violates', 'mixed', 'feedback', 'consequence',
  'legalReferences', 'next'];
const REFERENCE_KEYS = ['id', 'citation', 'status', 'lastReviewed', 'note'];

const list = (value) => (Array.isArray(value) ? [...value] : []);
const text = (value) => (value === undefined || value === null ? '' : value);
const blank = (value) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

export function emptyOption() {
  return { text: '', score: 0, best: false, honours: [], violates: [], mixed: [], feedback: '', consequence: '',
    legalReferences: [], next: 'end' };
}

export function emptyStep(id) {
  return { id, situation: '', prompt: '', options: [emptyOption(), emptyOption()] };
}

export function emptyReference() {
  return { id: '', citation: '', status: 'check', lastReviewed: null, note: '' };
}

function optionModel(o) {
  return { ...o, text: text(o.text), best: o.best === true, honours: list(o.honours), violates: list(o.violates),
    mixed: list(o.mixed), feedback: text(o.feedback), consequence: text(o.consequence),
    legalReferences: list(o.legalReferences), next: text(o.next) };
}

/** The model of a case document; a document without steps (a new case) starts with one decision point. */
export function emptyCase(caseId, doc) {
  const d = doc && typeof doc === 'object' ? doc : {};
  const steps = Array.isArray(d.steps) ? d.steps.map((s) => ({ ...s, situation: text(s.situation), prompt: text(s.prompt),
    options: list(s.options).map(optionModel) })) : [emptyStep('dp1')];
  return {
    ...d,
    id: d.id || caseId,
    module: text(d.module),
    title: text(d.title),
    estimatedMinutes: d.estimatedMinutes === undefined ? 10 : d.estimatedMinutes,
    setting: text(d.setting),
    role: text(d.role),
    principlesInFocus: list(d.principlesInFocus),
    narrative: text(d.narrative),
    start: d.start === undefined ? (steps[0] ? steps[0].id : 'dp1') : d.start,
    steps,
    reflection: text(d.reflection),
    legalReferences: list(d.legalReferences).map((r) => ({ ...r, note: text(r.note),
      lastReviewed: r.lastReviewed === undefined ? null : r.lastReviewed })),
  };
}

/** The known keys in the format's order, empty optional ones left out, then any other keys as they were. */
function ordered(source, keys, optional, drop = []) {
  const out = {};
  for (const key of keys) {
    const value = source[key];
    if (value === undefined || drop.includes(key)) continue;
    if (optional.includes(key) && (blank(value) || (Array.isArray(value) && value.length === 0) || value === false)) continue;
    out[key] = value;
  }
  for (const [key, value] of Object.entries(source)) {
    if (!keys.includes(key) && value !== undefined) out[key] = value;
  }
  return out;
}

/** The case document to save. Options are named A, B, C, D by their place. */
export function caseDocument(model) {
  const doc = ordered(model, CASE_KEYS, [], model.estimatedMinutes === null ? ['estimatedMinutes'] : []);
  doc.steps = model.steps.map((s) => ordered({
    ...s,
    options: s.options.map((o, i) => ordered({ ...o, id: String.fromCharCode(65 + i) }, OPTION_KEYS,
      ['best', 'honours', 'violates', 'mixed', 'consequence', 'legalReferences'], o.score === null ? ['score'] : [])),
  }, STEP_KEYS, ['situation']));
  doc.legalReferences = model.legalReferences.map((r) => ordered(r, REFERENCE_KEYS, ['note']));
  return doc;
}

export function nextStepId(steps) {
  const numbers = steps.map((s) => /^dp(\d+)$/.exec(s.id || '')).filter(Boolean).map((m) => Number(m[1]));
  return `dp${numbers.length === 0 ? 1 : Math.max(...numbers) + 1}`;
}

/** "V-OBJ, P-TA" or "fl-9 fl-11" as a list of codes. */
export function parseCodes(value) {
  return String(value || '').split(/[,;\s]+/).map((c) => c.trim()).filter(Boolean);
}

function tokens(path) {
  return path.split(/\.|\[|\]/).filter((t) => t !== '').map((t) => (/^\d+$/.test(t) ? Number(t) : t));
}

export function getAt(object, path) {
  return tokens(path).reduce((node, key) => (node === undefined || node === null ? undefined : node[key]), object);
}

export function setAt(object, path, value) {
  const keys = tokens(path);
  const last = keys.pop();
  const parent = keys.reduce((node, key) => node[key], object);
  parent[last] = value;
}

/** Every leaf of a document by its path (steps[0].options[1].text); a list of plain values is one leaf. */
export function flatten(value, prefix = '', out = {}) {
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) {
    out[prefix] = value.join(', ');
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out[prefix] = value;
  }
  return out;
}
