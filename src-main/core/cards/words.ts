/**
 * Every word list the card detector uses, in one place, so tuning what counts
 * as a question (or as a behavioral question) never means hunting through the
 * scanner. All entries are lowercase; spaces match any run of whitespace.
 */

/** A heading starting with one of these asks something ("How thread works when…"). */
export const INTERROGATIVES = ['what', 'why', 'how', 'when', 'where', 'which', 'who', 'whom', 'whose'];

/** Auxiliary verbs that open a yes/no question ("Is Redis single-threaded"); "Do not…" is excluded separately. */
export const AUXILIARIES = ['is', 'are', 'was', 'were', 'can', 'could', 'does', 'do', 'did', 'should', 'would', 'will', 'have', 'has'];

/** Imperatives that set a task in a heading ("Design a rate limiter", "Make this work:"). */
export const IMPERATIVES = [
  'explain',
  'describe',
  'design',
  'compare',
  'implement',
  'define',
  'list',
  'write',
  'create',
  'make',
  'find',
  'solve',
  'discuss',
  'contrast',
  'outline',
  'summarize',
  'summarise',
  'differentiate',
  'distinguish',
  'give',
  'tell',
  'talk',
  'introduce',
  'walk me through',
  'walk through',
];

/**
 * A word after an imperative that makes the heading a topic, not a task:
 * "Design patterns", "List of references", "Design system".
 */
export const TOPIC_NOUNS_AFTER_IMPERATIVE = [
  'of',
  'pattern',
  'patterns',
  'principle',
  'principles',
  'system',
  'systems',
  'doc',
  'docs',
  'document',
  'notes',
  'decisions',
  'review',
  'reviews',
  'tokens',
  'overview',
  'summary',
  'goals',
  'items',
];

/**
 * What makes a list item a question even without a final "?": the item
 * addresses the reader ("Have you standardized your API.") or sets a prompt
 * ("Explain what happens when a query runs (hint: …)"). Narrower than the
 * heading imperatives, because bullets are often to-dos ("Implement retries").
 */
export const LIST_ITEM_OPENERS = [
  'explain',
  'describe',
  'compare',
  'discuss',
  'define',
  'walk me through',
  'walk through',
  'tell me',
  'tell us',
  'talk about',
  'give an example',
  'give me an example',
  'give us an example',
  'introduce yourself',
];

/** Phrases that mark a behavioral question wherever they appear. */
export const BEHAVIORAL_PHRASES = [
  'tell me about',
  'tell us about',
  'describe a situation',
  'describe a time',
  'a time when',
  'a time you',
  'example of a time',
  'example of when',
  'an example where you',
  'an example when you',
  'have you ever',
  'talk about',
  'introduce yourself',
  'yourself',
  'did you',
  'did u',
  'what would you do if',
  'most proud',
  'proudest',
  'your greatest',
  'your biggest',
  'your strengths',
  'your weakness',
  'your weaknesses',
];

/**
 * Topics of behavioral questions. They only count when the question also
 * addresses the candidate (see SECOND_PERSON): "a common mistake with
 * closures" is technical, "the biggest mistake you made" is not.
 */
export const BEHAVIORAL_TOPICS = [
  'conflict',
  'conflicts',
  'disagree',
  'disagreed',
  'disagreement',
  'disagreements',
  'persuade',
  'persuaded',
  'persuasion',
  'convince',
  'convinced',
  'fail',
  'failed',
  'failure',
  'failures',
  'mistake',
  'mistakes',
  'deadline',
  'deadlines',
  'due date',
  'planning',
  'prioritize',
  'prioritise',
  'priority',
  'priorities',
  'team',
  'teams',
  'teamwork',
  'teammate',
  'teammates',
  'colleague',
  'colleagues',
  'leadership',
  'feedback',
  'stakeholder',
  'stakeholders',
  'your manager',
  'your boss',
];

/** Words that show a question is about the candidate. */
export const SECOND_PERSON = ['you', 'your', 'yours', 'u', 'ur'];

/** Technical phrases that contain a behavioral topic word; removed before looking for topics. */
export const TECHNICAL_TOPIC_PHRASES = ['merge conflict', 'merge conflicts', 'point of failure', 'failure detection', 'context deadline', 'deadline exceeded'];

/** Obsidian callout types that hold a question, and those that hold its answer. */
export const QUESTION_CALLOUTS = ['question', 'faq', 'help'];
export const ANSWER_CALLOUTS = ['answer', 'success', 'check', 'done'];

/**
 * `<summary>` labels of a reveal widget, not questions: `<details>` with one
 * of these hides an answer and is never a card of its own.
 */
export const REVEAL_LABELS = ['answer', 'answers', 'solution', 'show answer', 'show solution', 'click to expand', 'expand', 'hint', 'spoiler', 'details', 'more'];

/** An alternation of `words` for a RegExp: longest first, spaces matching any whitespace. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
