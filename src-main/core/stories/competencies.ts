/**
 * The competencies behavioral interviews probe, which stories are tagged
 * with. The set is the user's to edit, so a story may name one that is no
 * longer in it: that name is reported, never dropped, so the tag survives
 * until the user re-maps or restores it.
 */

export interface Competency {
  /** Stable kebab-case id, as written in a story's front matter. */
  id: string;
  label: string;
  /** One line on what a story for it shows. */
  description: string;
}

export const DEFAULT_COMPETENCIES: readonly Competency[] = [
  { id: 'leadership', label: 'Leadership', description: 'Setting a direction and getting people to follow it, with or without the title.' },
  { id: 'ownership', label: 'Ownership', description: 'Taking responsibility for an outcome beyond your job description and seeing it through.' },
  { id: 'conflict', label: 'Conflict', description: 'Working through a disagreement with a colleague, a manager or another team.' },
  { id: 'influence-and-persuasion', label: 'Influence and persuasion', description: 'Changing minds and winning support from people you have no authority over.' },
  { id: 'failure-and-learning', label: 'Failure and learning', description: 'A mistake or a miss you own, and what you changed because of it.' },
  { id: 'ambiguity', label: 'Ambiguity', description: 'Making progress when the goal, the data or the owner is unclear.' },
  { id: 'prioritisation-under-pressure', label: 'Prioritisation under pressure', description: 'Choosing what comes first, and what not to do, when time is short.' },
  { id: 'cross-team-collaboration', label: 'Cross-team collaboration', description: 'Delivering with people outside your team who have goals of their own.' },
  { id: 'mentoring', label: 'Mentoring', description: 'Helping someone else grow: teaching, coaching, onboarding.' },
  { id: 'customer-focus', label: 'Customer focus', description: 'Starting from what users or customers need, and acting on it.' },
  { id: 'delivering-results', label: 'Delivering results', description: 'Shipping something that mattered, on time, in spite of obstacles.' },
  { id: 'dealing-with-feedback', label: 'Dealing with feedback', description: 'Taking criticism and acting on it, and giving feedback that lands.' },
];

/**
 * Which default competencies are related: a story showing leadership often
 * shows mentoring too, but one that claims leadership, conflict, failure and
 * customer focus at once is stretched over unrelated things.
 */
const AREAS: Readonly<Record<string, string>> = {
  leadership: 'people',
  mentoring: 'people',
  conflict: 'working-with-others',
  'influence-and-persuasion': 'working-with-others',
  'cross-team-collaboration': 'working-with-others',
  ownership: 'delivery',
  'delivering-results': 'delivery',
  'prioritisation-under-pressure': 'delivery',
  ambiguity: 'delivery',
  'failure-and-learning': 'growth',
  'dealing-with-feedback': 'growth',
  'customer-focus': 'customers',
};

/** The area of related competencies a name belongs to; a competency of the user's own is an area of its own. */
export function competencyArea(name: string): string {
  const id = competencyId(name);
  return AREAS[id] ?? id;
}

/** The kebab-case id for a competency's label: "Influence & persuasion" → "influence-and-persuasion". */
export function competencyId(label: string): string {
  return label
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** What a name is compared by: its id form, with -ize spellings read as -ise. */
function matchKey(name: string): string {
  return competencyId(name).replace(/iz(e|es|ed|ing|ation)\b/g, 'is$1');
}

export interface ResolvedCompetencies {
  /** The competencies of the set the story names, in the story's order, each once. */
  known: Competency[];
  /** Names the story uses that are not in the set, as written, each once. */
  unknown: string[];
}

interface Lookup {
  byKey: Map<string, Competency>;
  keys: { key: string; competency: Competency }[];
  /** Each name resolved so far, as written: stories repeat the same few names. */
  byName: Map<string, Competency | null>;
}

/** Lookups by set, built once: resolving runs for every story whenever the story list, the matrix or a suggestion is built. */
const lookups = new WeakMap<readonly Competency[], Lookup>();

function lookupOf(set: readonly Competency[]): Lookup {
  let lookup = lookups.get(set);
  if (!lookup) {
    const byKey = new Map<string, Competency>();
    for (const competency of set) for (const name of [competency.label, competency.id]) byKey.set(matchKey(name), competency);
    lookup = { byKey, keys: set.map((competency) => ({ key: matchKey(competency.id), competency })), byName: new Map() };
    lookups.set(set, lookup);
  }
  return lookup;
}

/**
 * The competencies a story's names stand for. A name matches a competency's
 * id or label in any case and spacing ("Cross-team collaboration",
 * "cross team collaboration"), or the words of exactly one id
 * ("collaboration", "influence", "prioritization").
 */
export function resolveCompetencies(names: readonly string[], set: readonly Competency[]): ResolvedCompetencies {
  const lookup = lookupOf(set);
  const known = new Set<Competency>();
  const unknown = new Set<string>();
  for (const name of names) {
    let competency = lookup.byName.get(name);
    if (competency === undefined) {
      const key = matchKey(name);
      competency = key === '' ? null : (lookup.byKey.get(key) ?? byWords(lookup, key) ?? null);
      lookup.byName.set(name, competency);
    }
    if (competency) known.add(competency);
    else if (name.trim() !== '') unknown.add(name.trim());
  }
  return { known: [...known], unknown: [...unknown] };
}

/** The one competency whose id holds `key`'s words in a row, or undefined when none or several do. */
function byWords(lookup: Lookup, key: string): Competency | undefined {
  const found = lookup.keys.filter((entry) => `-${entry.key}-`.includes(`-${key}-`));
  return found.length === 1 ? found[0]!.competency : undefined;
}
