import { el } from './kasus.js';

// The case editor's texts: field names in Swedish, the import's rules in plain Swedish, and the outline of a
// case's flow (which option leads where, what cannot be reached, where the problems are).

const FIELD = {
  '(root)': 'Fallet', id: 'Id', module: 'Modul', title: 'Titel', estimatedMinutes: 'Ungefärlig tid',
  setting: 'Var det händer', role: 'Deltagarens roll', principlesInFocus: 'Principer i fokus', narrative: 'Berättelse',
  start: 'Fallet börjar vid', steps: 'Beslutspunkter', reflection: 'Reflektionsfråga', legalReferences: 'Källor',
  situation: 'vad som har hänt', prompt: 'fråga', options: 'alternativen', text: 'text', score: 'poäng',
  best: 'bästa alternativet', honours: 'följer', violates: 'bryter mot', mixed: 'både följer och bryter mot',
  feedback: 'återkoppling', consequence: 'konsekvens', next: 'leder till', citation: 'källa', status: 'status',
  lastReviewed: 'senast granskad', note: 'anteckning',
};

const RULE = {
  'schema:required': 'Fältet måste fyllas i.',
  'schema:minLength': 'Fältet får inte vara tomt.',
  'schema:pattern': 'Värdet har inte rätt form.',
  'schema:minItems': 'Välj eller lägg till minst en.',
  'schema:uniqueItems': 'Samma värde finns två gånger.',
  'schema:type': 'Värdet har fel typ, till exempel text i stället för ett tal.',
  'schema:enum': 'Värdet är inte ett av de tillåtna.',
  'schema:minimum': 'Talet är för litet.',
  'schema:maximum': 'Talet är för stort.',
  'schema:additionalProperties': 'Fältet finns inte i formatet för fall.',
  'schema:oneOf': 'Ange ett datum (ÅÅÅÅ-MM-DD) eller lämna fältet tomt.',
  'start-exists': 'Startsteget finns inte. Välj den beslutspunkt som fallet börjar vid.',
  'option-count': 'En beslutspunkt behöver 2–4 alternativ.',
  'one-best-option': 'Markera exakt ett alternativ som bästa alternativet.',
  'score-range': 'Poängen ska vara 0, 1 eller 2.',
  'best-option-scores-highest': 'Det bästa alternativet ska ha den högsta poängen i beslutspunkten.',
  'option-target-exists': 'Alternativet leder till ett steg som inte finns. Välj en beslutspunkt eller Slut.',
  'legal-reference-exists': 'Källan finns inte bland fallets källor. Lägg till den under Källor eller ta bort id:t.',
  'principle-known': 'Principen finns inte bland kursens principer.',
  'unique-id': 'Id:t används två gånger.',
  'step-reachable': 'Beslutspunkten kan inte nås från starten. Låt ett alternativ leda hit, eller ta bort den.',
  'no-cycle': 'Alternativen leder runt i en cirkel, så fallet kanske aldrig tar slut.',
  'case-module-matches': 'Fallet anger en annan modul än den som listar fallet.',
  'case-listed': 'Fallet finns inte med i någon moduls lista över fall.',
  'id-matches-file-name': 'Fallets id stämmer inte med filens namn.',
  yaml: 'Filen går inte att läsa.',
  model: 'Innehållet passar inte formatet för fall.',
};

export function problemText(problem) {
  return RULE[problem.rule] || `Regeln ${problem.rule} är inte uppfylld.`;
}

const letter = (i) => String.fromCharCode(65 + i);

/** "steps[1].options[0].next" as "Beslutspunkt 2, alternativ A, leder till". */
export function labelFor(path, model) {
  if (!path || path === '(root)') return FIELD['(root)'];
  const parts = path.split('.');
  const words = [];
  let context = null;
  for (const part of parts) {
    const m = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) { words.push(part); continue; }
    const name = m[1];
    const indexes = [...m[2].matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]));
    if (indexes.length === 0) {
      words.push(FIELD[name] || name);
    } else if (name === 'steps') {
      const step = model && model.steps ? model.steps[indexes[0]] : null;
      words.push(`Beslutspunkt ${indexes[0] + 1}${step && step.id ? ` (${step.id})` : ''}`);
    } else if (name === 'options') {
      words.push(`alternativ ${letter(indexes[0])}`);
    } else if (name === 'legalReferences' && context === null) {
      words.push(`Källa ${indexes[0] + 1}`);
    } else {
      words.push(`${FIELD[name] || name}, nummer ${indexes[0] + 1}`);
    }
    context = name;
  }
  const joined = words.join(', ');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

function reachable(model) {
  const seen = new Set();
  const queue = model.steps.some((s) => s.id === model.start) ? [model.start] : [];
  while (queue.length > 0) {
    const id = queue.shift();
    if (seen.has(id)) continue;
    seen.add(id);
    const step = model.steps.find((s) => s.id === id);
    for (const o of step.options) {
      if (o.next !== 'end' && model.steps.some((s) => s.id === o.next)) queue.push(o.next);
    }
  }
  return seen;
}

function bestPath(model) {
  const path = [];
  const seen = new Set();
  let step = model.steps.find((s) => s.id === model.start);
  while (step && !seen.has(step.id)) {
    seen.add(step.id);
    const index = step.options.findIndex((o) => o.best);
    if (index < 0) return { path, complete: false };
    const option = step.options[index];
    path.push({ step: step.id, option: letter(index), score: Number(option.score) || 0 });
    if (option.next === 'end') return { path, complete: true };
    step = model.steps.find((s) => s.id === option.next);
  }
  return { path, complete: false };
}

function problemsUnder(problems, prefix, exact) {
  return problems.filter((p) => (exact ? p.field === prefix || p.field.startsWith(`${prefix}.`) && !p.field.startsWith(`${prefix}.options[`)
    : p.field === prefix || p.field.startsWith(`${prefix}.`) || p.field.startsWith(`${prefix}[`)));
}

function problemList(problems) {
  if (problems.length === 0) return null;
  return el('ul', { class: 'flow-problems' }, [...new Set(problems.map(problemText))].map((t) => el('li', {}, `Fel: ${t}`)));
}

function target(model, next, index) {
  if (next === 'end') return el('span', {}, 'Slut');
  const s = model.steps.findIndex((x) => x.id === next);
  if (s < 0) return el('strong', { class: 'flow-missing' }, `${next || '(inget)'}, som inte finns`);
  return el('span', {}, `beslutspunkt ${s + 1} (${next})${s === index ? ', samma beslutspunkt igen' : ''}`);
}

function short(value, length = 90) {
  const t = String(value || '').replace(/\s+/g, ' ').trim();
  if (!t) return '(ingen text ännu)';
  return t.length > length ? `${t.slice(0, length - 1)}…` : t;
}

/** The outline of the case's flow, from the form's current values and the last saved version's problems. */
export function flowOutline(model, problems) {
  if (!model || model.steps.length === 0) return [el('p', {}, 'Fallet har inga beslutspunkter ännu.')];
  const reached = reachable(model);
  const startIndex = model.steps.findIndex((s) => s.id === model.start);
  const best = bestPath(model);
  const unreached = model.steps.filter((s) => !reached.has(s.id));
  return [
    el('p', {}, startIndex < 0 ? el('strong', { class: 'flow-missing' }, `Startsteget ${model.start || '(inget)'} finns inte.`)
      : `Fallet börjar vid beslutspunkt ${startIndex + 1} (${model.start}).`),
    el('ol', { class: 'flow-steps' }, model.steps.map((step, s) => el('li', {},
      el('h3', {}, `Beslutspunkt ${s + 1} (${step.id})`,
        step.id === model.start ? el('span', { class: 'flow-tag' }, 'start') : null,
        reached.has(step.id) ? null : el('span', { class: 'flow-tag flow-missing' }, 'nås inte från starten')),
      el('p', {}, short(step.prompt, 140)),
      problemList(problemsUnder(problems, `steps[${s}]`, true)),
      el('ul', { class: 'flow-options' }, step.options.map((option, o) => el('li', {},
        el('strong', {}, `${letter(o)}: `), short(option.text),
        el('span', { class: 'hint' }, ` (${option.score === null ? '?' : option.score} p${option.best ? ', bästa' : ''})`),
        ' leder till ', target(model, option.next, s),
        problemList(problemsUnder(problems, `steps[${s}].options[${o}]`, false)))))))),
    unreached.length > 0
      ? el('p', { class: 'flow-missing' }, `Nås inte från starten: ${unreached.map((s) => s.id).join(', ')}.`)
      : el('p', {}, 'Alla beslutspunkter kan nås från starten.'),
    el('p', {}, best.complete
      ? `Bästa vägen: ${best.path.map((p) => `${p.step} ${p.option}`).join(', ')}, sedan slut. Högsta möjliga poäng: ${best.path.reduce((a, p) => a + p.score, 0)}.`
      : 'Bästa vägen går inte hela vägen till slut: markera ett bästa alternativ i varje beslutspunkt på vägen.'),
  ];
}
