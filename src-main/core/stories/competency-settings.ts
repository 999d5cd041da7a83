/**
 * The user's edit of the competency set, checked before it is saved.
 * Stories name competencies by id, so two with one id would make a story's
 * tag mean either; the schema has checked each entry's shape already.
 */
import type { Competency } from '../../contract';
import { CoachError } from '../../contract/errors';

export function checkedCompetencies(competencies: readonly Competency[]): Competency[] {
  const seen = new Set<string>();
  for (const competency of competencies) {
    if (seen.has(competency.id)) {
      throw new CoachError('INVALID_ARGUMENT', `Two competencies have the id “${competency.id}”. Each needs its own id: stories name competencies by it.`);
    }
    seen.add(competency.id);
  }
  return competencies.map((competency) => ({ ...competency }));
}
