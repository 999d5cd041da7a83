/**
 * The story coach: reads a story and says what would make it land better,
 * offline and deterministically, each finding with the rule behind it and
 * the place in the text it is about, so the panel can point there. The rules
 * and thresholds are in coach-rules.ts; the wording scanners in wording.ts.
 */
import { COACH_RULES, SPOKEN_SECTIONS, THRESHOLDS, WORDS_PER_MINUTE, type RuleId } from './coach-rules';
import { LineIndex } from './line-index';
import { competencyArea, competencyId } from './competencies';
import { SECTION_TITLES, STAR_KINDS, type SectionKind, type StarKind } from './section-names';
import { spokenSeconds } from './spoken-time';
import { spokenText } from './spoken-text';
import { readStory, type ParsedStory, type StorySection } from './story-file';
import { SECTION_HINTS } from './story-template';
import { countPronouns, findFillers, findPassives, findVagueClaims, hasMeasure, type Span } from './wording';

/** Where a finding points. */
export interface FindingAt {
  /** The section it is about; null for the story as a whole. */
  section: SectionKind | null;
  /** 1-based line in the file. */
  line: number;
  /** The text it is about, as offsets in the file (end exclusive); absent when it is about something missing. */
  start?: number;
  end?: number;
}

export interface Finding {
  rule: RuleId;
  severity: 'info' | 'warning';
  /** What to change, in words a person can read. */
  message: string;
  at: FindingAt;
}

interface Context {
  story: ParsedStory;
  /** The file with what is not spoken blanked out: same offsets as the file. */
  spoken: string;
  lines: LineIndex;
  findings: Finding[];
}

/** The coach's findings for a story (its Markdown, or the story already parsed): warnings first, then by place in the file. */
export function coachStory(story: string | ParsedStory): Finding[] {
  const read = typeof story === 'string' ? readStory(story, '') : { story, spoken: spokenText(story.text, story.bodyStart), lines: new LineIndex(story.text) };
  const context: Context = { ...read, findings: [] };
  checkSections(context);
  checkResult(context);
  checkPronouns(context);
  checkSetup(context);
  checkLength(context);
  checkWording(context);
  checkCompetencies(context);
  const rank = (finding: Finding) => (finding.severity === 'warning' ? 0 : 1);
  return context.findings.sort((a, b) => rank(a) - rank(b) || a.at.line - b.at.line || (a.at.start ?? 0) - (b.at.start ?? 0));
}

function add(context: Context, rule: RuleId, message: string, at: FindingAt): void {
  context.findings.push({ rule, severity: COACH_RULES[rule].severity, message, at });
}

/** A finding about a whole section points at its heading. */
function atHeading(context: Context, section: StorySection): FindingAt {
  const line = section.headingLine ?? section.bodyLines.from;
  return { section: section.kind, line, start: context.lines.start(line), end: context.lines.end(line) };
}

function sectionsOf(story: ParsedStory, kind: SectionKind): StorySection[] {
  return story.sections.filter((section) => section.kind === kind);
}

function wordsOf(story: ParsedStory, kind: SectionKind): number {
  return sectionsOf(story, kind).reduce((sum, section) => sum + section.words, 0);
}

function checkSections(context: Context): void {
  const { story } = context;
  for (const kind of STAR_KINDS) {
    const sections = sectionsOf(story, kind);
    if (sections.length === 0) {
      add(context, 'missing-section', `No ${SECTION_TITLES[kind]} section yet. ${SECTION_HINTS[kind]}`, { section: kind, line: missingSectionLine(story, kind) });
    } else if (sections.every((section) => section.words === 0)) {
      add(context, 'empty-section', `The ${SECTION_TITLES[kind]} section is empty. ${SECTION_HINTS[kind]}`, atHeading(context, sections[0]!));
    }
  }
}

/** Where a missing section would go: before the next STAR section there is, else after the last one, else at the body's start. */
function missingSectionLine(story: ParsedStory, kind: StarKind): number {
  const later = STAR_KINDS.slice(STAR_KINDS.indexOf(kind) + 1);
  const next = story.sections.find((section) => (later as readonly SectionKind[]).includes(section.kind));
  if (next?.headingLine) return next.headingLine;
  const star = story.sections.filter((section) => (STAR_KINDS as readonly SectionKind[]).includes(section.kind));
  const last = star[star.length - 1];
  if (last) return Math.max(last.bodyLines.to, last.headingLine ?? 1);
  return story.titleLine ?? 1;
}

function checkResult(context: Context): void {
  const results = sectionsOf(context.story, 'result').filter((section) => section.words > 0);
  if (results.length === 0 || results.some((section) => hasMeasure(context.spoken, section.bodyStart, section.bodyEnd))) return;
  add(context, 'result-not-measurable', 'The Result has no number in it. How much faster, cheaper or sooner, how many users or hours? "Cut p95 latency from 800 ms to 120 ms" says more than "it went well".', atHeading(context, results[0]!));
}

function checkPronouns(context: Context): void {
  let singular = 0;
  let plural = 0;
  const actions = sectionsOf(context.story, 'action');
  for (const section of actions) {
    const counts = countPronouns(context.spoken, section.bodyStart, section.bodyEnd);
    singular += counts.singular;
    plural += counts.plural;
  }
  if (singular + plural < THRESHOLDS.minPronouns || plural / (singular + plural) <= THRESHOLDS.maxWeShare) return;
  add(context, 'we-over-i', `The Action says "we" ${times(plural)} and "I" ${times(singular)}. Say what you did: "I proposed…", "I wrote…".`, atHeading(context, actions[0]!));
}

function times(count: number): string {
  return count === 1 ? 'once' : `${count} times`;
}

function checkSetup(context: Context): void {
  const { story } = context;
  const setup = wordsOf(story, 'situation') + wordsOf(story, 'task');
  if (story.words < THRESHOLDS.minWordsForSetupShare || setup / story.words <= THRESHOLDS.maxSetupShare) return;
  const first = sectionsOf(story, 'situation')[0] ?? sectionsOf(story, 'task')[0]!;
  const share = Math.round((setup / story.words) * 100);
  add(context, 'setup-too-long', `Situation and Task take ${share}% of the story (${setup} of ${story.words} words). Keep the setup to about a third and give the time to the Action.`, atHeading(context, first));
}

function checkLength(context: Context): void {
  const { story } = context;
  if (story.words === 0) return;
  const seconds = spokenSeconds(story.words);
  const target = story.meta.targetSeconds;
  const limit = Math.max(THRESHOLDS.maxSeconds, Math.round(target * THRESHOLDS.overLongTarget));
  const at: FindingAt = { section: null, line: story.titleLine ?? context.lines.lineOf(story.bodyStart) };
  const spoken = `About ${formatSeconds(seconds)} spoken (${story.words} words at ${WORDS_PER_MINUTE} a minute)`;
  if (seconds > limit) add(context, 'too-long', `${spoken}: over ${formatSeconds(limit)}. Cut the setup first, then any step of the Action the interviewer can ask about.`, at);
  else if (seconds > target * (1 + THRESHOLDS.overTarget)) add(context, 'over-target', `${spoken}, over the ${formatSeconds(target)} target.`, at);
  else if (seconds < target * THRESHOLDS.underTarget) add(context, 'too-short', `${spoken}, far under the ${formatSeconds(target)} target. Say more about what you did and what came of it.`, at);
}

/** "45 s", "1:30", "2:05". */
function formatSeconds(seconds: number): string {
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function checkWording(context: Context): void {
  const scan = (rule: RuleId, find: (text: string, start: number, end: number) => Span[], message: (span: Span) => string) => {
    const sections = COACH_RULES[rule].sections ?? SPOKEN_SECTIONS;
    for (const section of context.story.sections) {
      if (!sections.includes(section.kind)) continue;
      for (const span of find(context.spoken, section.bodyStart, section.bodyEnd)) {
        add(context, rule, message(span), { section: section.kind, line: context.lines.lineOf(span.start), start: span.start, end: span.end });
      }
    }
  };
  scan('filler', findFillers, (span) => `"${shown(span)}" is filler or hedging: drop it, or say the thing plainly.`);
  scan('vague-claim', findVagueClaims, (span) => `"${shown(span)}" hides your part: say what you did ("I designed…", "I led…").`);
  scan('passive-voice', findPassives, (span) => `"${shown(span)}" is passive: say who did it ("I decided…", "I migrated…").`);
}

/** A span's text on one line, as quoted in a message. */
function shown(span: Span): string {
  return span.text.replace(/\s+/g, ' ');
}

function checkCompetencies(context: Context): void {
  const { story } = context;
  const names = new Set(story.meta.competencies.map(competencyId));
  const areas = new Set([...names].map(competencyArea)).size;
  if (names.size <= THRESHOLDS.maxCompetencies && areas <= THRESHOLDS.maxUnrelatedAreas) return;
  const linked = areas > THRESHOLDS.maxUnrelatedAreas ? `Linked to ${names.size} competencies in ${areas} unrelated areas.` : `Linked to ${names.size} competencies.`;
  add(context, 'too-many-competencies', `${linked} A story proves two or three well; keep those it shows best and tell other stories for the rest.`, {
    section: null,
    line: story.keyLines.competencies ?? 1,
  });
}
