/** Behavioral stories: the story file, the coach, competencies, the question bank, the matrix and suggestions. */
export { COACH_RULES, DEFAULT_TARGET_SECONDS, THRESHOLDS, WORDS_PER_MINUTE, type CoachRule, type RuleId } from './coach-rules';
export { coachStory, type Finding, type FindingAt } from './coach';
export { competencyId, DEFAULT_COMPETENCIES, resolveCompetencies, type Competency, type ResolvedCompetencies } from './competencies';
export { buildMatrix, type CompetencyCoverage, type MatrixStory, type QuestionLinks, type StoryMatrix, type StoryRef } from './matrix';
export { competenciesOfQuestion, QUESTION_BANK, questionCompetencies, type BankQuestion } from './question-bank';
export { SECTION_TITLES, STAR_KINDS, type SectionKind, type StarKind } from './section-names';
export { FrontMatterEditError, setStoryFields, type StoryFieldChanges } from './set-story-fields';
export { spokenSeconds, spokenSplit, type SpokenPart } from './spoken-time';
export { parseStory, type ParsedStory, type StorySection } from './story-file';
export { storyFromDraft, titleFromQuestion, type StoryDraft } from './story-from-draft';
export { parseTargetSeconds, type FieldError, type StoryKey, type StoryMeta } from './story-meta';
export { newStoryMarkdown, SECTION_HINTS, type NewStory } from './story-template';
export { storySuggester, suggestStories, type StorySuggestion } from './suggestions';
export type { FieldValue } from './yaml-values';
