/**
 * Behavioral questions a story can be linked to: a bank of common ones,
 * written for this app and mapped to the competencies they probe, and a
 * keyword guess of the competencies of any other behavioral question (the
 * ones the card detector finds in the user's notes). The guess is plain
 * word matching, so it is deterministic and its answer can be explained.
 */
import { normalizeQuestion } from '../cards';

export interface BankQuestion {
  text: string;
  /** Competency ids, the most probed first. */
  competencies: readonly string[];
}

export const QUESTION_BANK: readonly BankQuestion[] = [
  { text: 'Tell me about a time you led a team through a difficult change.', competencies: ['leadership'] },
  { text: 'Describe a project where you set the technical direction for others.', competencies: ['leadership', 'influence-and-persuasion'] },
  { text: 'Tell me about a time you stepped up to lead when nobody else would.', competencies: ['leadership', 'ownership'] },
  { text: 'How did you keep a team motivated when a project was going badly?', competencies: ['leadership'] },
  { text: 'Tell me about a time you took responsibility for something outside your job description.', competencies: ['ownership'] },
  { text: 'Describe a problem you fixed even though nobody asked you to.', competencies: ['ownership'] },
  { text: 'Tell me about a time you saw a project through to the end despite setbacks.', competencies: ['ownership', 'delivering-results'] },
  { text: 'Tell me about a time you noticed a risk before anyone else and acted on it.', competencies: ['ownership', 'ambiguity'] },
  { text: 'Tell me about a time you disagreed with your manager.', competencies: ['conflict'] },
  { text: 'Describe a conflict with a teammate and how you resolved it.', competencies: ['conflict'] },
  { text: 'Tell me about a time you worked with someone whose style clashed with yours.', competencies: ['conflict'] },
  { text: 'Tell me about a time you pushed back on a decision you thought was wrong.', competencies: ['conflict', 'influence-and-persuasion'] },
  { text: 'Tell me about a time you convinced others to adopt your idea.', competencies: ['influence-and-persuasion'] },
  { text: "Describe a time you changed a senior stakeholder's mind.", competencies: ['influence-and-persuasion'] },
  { text: 'How did you win support for a change you had no authority to make?', competencies: ['influence-and-persuasion', 'leadership'] },
  { text: 'Tell me about a time you persuaded your team to pay down technical debt.', competencies: ['influence-and-persuasion', 'prioritisation-under-pressure'] },
  { text: 'Tell me about your biggest professional mistake.', competencies: ['failure-and-learning'] },
  { text: 'Describe a project that failed and what you learned from it.', competencies: ['failure-and-learning'] },
  { text: 'Tell me about a time you missed a deadline.', competencies: ['failure-and-learning', 'prioritisation-under-pressure'] },
  { text: 'Tell me about a production incident you caused and how you handled it.', competencies: ['failure-and-learning', 'ownership'] },
  { text: 'Tell me about a time you had to make a decision without all the information.', competencies: ['ambiguity'] },
  { text: 'Describe a project where the requirements were unclear or kept changing.', competencies: ['ambiguity'] },
  { text: 'Tell me about a time you started a project with no clear owner or plan.', competencies: ['ambiguity', 'ownership'] },
  { text: 'Tell me about a time you had more work than you could finish.', competencies: ['prioritisation-under-pressure'] },
  { text: 'Describe how you decided what to drop when a deadline could not move.', competencies: ['prioritisation-under-pressure'] },
  { text: 'Tell me about a time you delivered under a very tight deadline.', competencies: ['prioritisation-under-pressure', 'delivering-results'] },
  { text: 'Tell me about a time you had to balance urgent requests from several teams.', competencies: ['prioritisation-under-pressure', 'cross-team-collaboration'] },
  { text: 'Tell me about a project that depended on another team.', competencies: ['cross-team-collaboration'] },
  { text: 'Describe a time you worked with another discipline, such as product or design, to ship something.', competencies: ['cross-team-collaboration', 'delivering-results'] },
  { text: 'Tell me about a time another team blocked your work and what you did about it.', competencies: ['cross-team-collaboration', 'conflict'] },
  { text: 'Tell me about a time you helped a junior engineer grow.', competencies: ['mentoring'] },
  { text: 'Describe how you onboarded a new person to your team.', competencies: ['mentoring'] },
  { text: 'Tell me about a time you taught others a skill or a practice.', competencies: ['mentoring', 'leadership'] },
  { text: 'Tell me about a time you went out of your way for a customer.', competencies: ['customer-focus'] },
  { text: 'Describe a decision you made based on what users told you or how they behaved.', competencies: ['customer-focus'] },
  { text: 'Tell me about a time you had to say no to a customer request.', competencies: ['customer-focus', 'prioritisation-under-pressure'] },
  { text: 'Tell me about the project you are most proud of.', competencies: ['delivering-results'] },
  { text: 'Describe a time you exceeded the goal you were given.', competencies: ['delivering-results'] },
  { text: 'Tell me about a time you received critical feedback.', competencies: ['dealing-with-feedback'] },
  { text: 'Describe a time you had to give difficult feedback to a colleague.', competencies: ['dealing-with-feedback', 'mentoring'] },
  { text: 'Tell me about a time you changed how you work because of feedback.', competencies: ['dealing-with-feedback', 'failure-and-learning'] },
];

/**
 * Words that point to each competency, as regular expression fragments
 * matched at the start of a word ("priorit" matches "prioritize" and
 * "priorities"), case-insensitively.
 */
const KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  leadership: ['lead', 'led\\b', 'in charge', 'took charge', 'motivat', 'direction', 'vision', 'stepped up', 'step up'],
  ownership: ['ownership', 'owner', 'responsib', 'nobody asked', 'no one asked', 'without being asked', 'outside your', 'beyond', 'proactive', 'initiative', 'through to the end', 'see it through', 'saw it through'],
  conflict: ['conflict', 'disagree', 'argu', 'clash', 'tension', 'friction', 'dispute', 'push(?:ed)? back', 'pushback', 'difficult (?:person|colleague|coworker|teammate|manager)'],
  'influence-and-persuasion': ['persua', 'convinc', 'influenc', 'buy-?in', 'win support', 'won support', 'adopt', 'pitch', 'propos', 'idea', 'no authority', 'without authority', "\\w+'s mind\\b", 'their minds?\\b'],
  'failure-and-learning': ['fail', 'mistake', 'wrong', 'regret', 'setback', 'incident', 'learn', 'missed'],
  ambiguity: ['ambigu', 'unclear', 'uncertain', 'incomplete', 'without all the information', 'not enough information', 'kept changing', 'no clear', 'vague', 'risk'],
  'prioritisation-under-pressure': ['priorit', 'deadline', 'due date', 'pressure', 'tight', 'urgent', 'competing', 'juggl', 'more work than', 'too much', 'trade-?offs?\\b', 'what to drop', 'balanc', 'technical debt'],
  'cross-team-collaboration': ['cross-?team', 'another team', 'other teams?\\b', 'partner team', 'different team', 'several teams', 'depend', 'collaborat', 'discipline', 'department', 'coordinat'],
  mentoring: ['mentor', 'coach', 'junior', 'onboard', 'taught', 'teach', 'new hire', 'grow\\b'],
  'customer-focus': ['customer', 'client', 'user'],
  'delivering-results': ['deliver', 'ship', 'launch', 'proud', 'exceed', 'achiev', 'accomplish', 'goal', 'on time'],
  'dealing-with-feedback': ['feedback', 'critic', 'constructive', 'weakness', 'performance review'],
};

const MATCHERS = Object.entries(KEYWORDS).map(([id, fragments]) => ({ id, pattern: new RegExp(`\\b(?:${fragments.join('|')})`, 'gi') }));

/** A question is rarely about more than this many competencies; more matches are noise. */
const MAX_GUESSED = 3;

/**
 * The competency ids a behavioral question most likely probes, by the words
 * it uses: those with the most matching words first (ties in the order of
 * DEFAULT_COMPETENCIES), at most three; none when no word matches.
 */
export function competenciesOfQuestion(text: string): string[] {
  const scored: { id: string; hits: number; order: number }[] = [];
  MATCHERS.forEach(({ id, pattern }, order) => {
    const hits = text.match(pattern)?.length ?? 0;
    if (hits > 0) scored.push({ id, hits, order });
  });
  return scored
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .slice(0, MAX_GUESSED)
    .map((entry) => entry.id);
}

const BANK_BY_QUESTION = new Map(QUESTION_BANK.map((question) => [normalizeQuestion(question.text), question.competencies]));

/** The competencies of a question: the bank's mapping when it is a bank question, else the keyword guess. */
export function questionCompetencies(text: string): string[] {
  return [...(BANK_BY_QUESTION.get(normalizeQuestion(text)) ?? competenciesOfQuestion(text))];
}
