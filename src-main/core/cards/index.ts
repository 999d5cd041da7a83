/** Question cards found in notes, and how a card keeps its identity across edits. */
export { detectCards } from './detect';
export { matchCards, normalizeQuestion, SAME_QUESTION, similarity, type FoundCardAt, type KnownCard } from './identity';
export type { Card, CardFormat, CardKind } from './types';
