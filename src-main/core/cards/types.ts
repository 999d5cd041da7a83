/** What the card detector finds in a note. */

export type CardKind = 'technical' | 'behavioral';

/** The syntax a card was written in. */
export type CardFormat =
  /** `## What is a closure?` and the text below it. */
  | 'heading'
  /** `1. ### What is a closure?`, the style of large public question banks. */
  | 'numbered-heading'
  /** `- What is a closure?` and its nested items. */
  | 'list'
  /** `Q: …` / `A: …`, plain or bold. */
  | 'qa'
  /** `<details><summary>Question</summary> answer </details>`. */
  | 'details'
  /** `> [!question] …`, answered by its body or a following `> [!answer]`. */
  | 'callout'
  /** A note whose front matter `title` is the question and whose body is the answer. */
  | 'title'
  /** Obsidian spaced repetition `front::back`. */
  | 'inline'
  /** `front:::back`: one card each way. */
  | 'inline-reversed'
  /** Front lines, a line `?`, back lines. */
  | 'multiline'
  /** Front lines, a line `??`, back lines: one card each way. */
  | 'multiline-reversed';

export interface Card {
  readonly question: string;
  /** Markdown source, trimmed, as in the note (callouts lose their `>` prefix). */
  readonly answer: string;
  readonly kind: CardKind;
  /** 1-based line of the question. */
  readonly line: number;
  /** 1-based last line of the card (the question's line when the answer is empty). */
  readonly endLine: number;
  /** Texts of the headings the card sits under, outermost first. */
  readonly headingPath: readonly string[];
  /** Front matter tags, folder names and inline `#tags` of the card, without `#`. */
  readonly tags: readonly string[];
  readonly format: CardFormat;
}
