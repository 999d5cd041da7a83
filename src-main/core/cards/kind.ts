/** Tells behavioral questions ("Tell me about a time…") from technical ones. */
import type { CardKind } from './types';
import { alternation, BEHAVIORAL_PHRASES, BEHAVIORAL_TOPICS, SECOND_PERSON, TECHNICAL_TOPIC_PHRASES } from './words';

// ASCII word boundaries: the word lists are English, and non-Unicode regexes are much faster.
const whole = (words: readonly string[], flags = 'i') => new RegExp(`\\b(?:${alternation(words)})\\b`, flags);

const PHRASE = whole(BEHAVIORAL_PHRASES);
const TOPIC = whole(BEHAVIORAL_TOPICS);
const ADDRESSES_CANDIDATE = whole(SECOND_PERSON);
const TECHNICAL_PHRASE = whole(TECHNICAL_TOPIC_PHRASES, 'gi');

export function cardKind(question: string): CardKind {
  if (PHRASE.test(question)) return 'behavioral';
  if (!ADDRESSES_CANDIDATE.test(question)) return 'technical';
  return TOPIC.test(question.replace(TECHNICAL_PHRASE, ' ')) ? 'behavioral' : 'technical';
}
