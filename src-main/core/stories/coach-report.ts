/**
 * The coach's report as the editor's side panel shows it: each finding with
 * its rule's rationale and the words it is about, and each section with its
 * length and hint. Pure and fast: it runs as the user types.
 */
import type { CoachFinding, CoachReport, StorySectionView } from '../../contract';
import { coachStory, type Finding } from './coach';
import { COACH_RULES } from './coach-rules';
import { spokenSeconds } from './spoken-time';
import { parseStory, type StorySection } from './story-file';
import { SECTION_HINTS } from './story-template';

export function coachReport(text: string): CoachReport {
  const story = parseStory(text, '');
  return {
    findings: coachStory(story).map((finding) => findingView(finding, text)),
    sections: story.sections.map(sectionView),
    words: story.words,
    spokenSeconds: spokenSeconds(story.words),
    targetSeconds: story.meta.targetSeconds,
  };
}

function findingView(finding: Finding, text: string): CoachFinding {
  const { start, end } = finding.at;
  return {
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    rationale: COACH_RULES[finding.rule].rationale,
    section: finding.at.section,
    line: finding.at.line,
    excerpt: start !== undefined && end !== undefined ? text.slice(start, end) : null,
  };
}

function sectionView(section: StorySection): StorySectionView {
  return {
    kind: section.kind,
    heading: section.heading,
    line: section.headingLine ?? section.bodyLines.from,
    words: section.words,
    spokenSeconds: spokenSeconds(section.words),
    hint: section.kind === 'other' ? null : SECTION_HINTS[section.kind],
  };
}
