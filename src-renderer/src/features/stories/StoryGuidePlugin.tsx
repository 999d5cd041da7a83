/**
 * The guided STAR blocks of the story editor. The story stays plain
 * Markdown, so nothing is added to the document: the section headings the
 * coach found get data attributes that the stylesheet turns into each
 * section's word count and spoken time, and into its one-line hint while it
 * is empty. It also tells the screen when the text changed (for the coach),
 * and moves the caret to what a finding is about.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode, type HeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $getNearestNodeFromDOMNode, $getNodeByKey, $getRoot, $isElementNode, $isTextNode, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
import { useEffect, useRef, type RefObject } from 'react';
import type { CoachFinding, StorySectionKind, StorySectionView } from '../../../../src-main/contract';
import { formatSpoken } from './story-text';

export interface StoryGuide {
  /** Puts the caret on what the finding is about (or where its section is) and scrolls there. */
  reveal(finding: CoachFinding): void;
}

interface StoryGuidePluginProps {
  sections: readonly StorySectionView[];
  /** The user changed the text. */
  onEdited: () => void;
  guide: RefObject<StoryGuide | null>;
}

export function StoryGuidePlugin({ sections, onEdited, guide }: StoryGuidePluginProps) {
  const [editor] = useLexicalComposerContext();
  const onEditedRef = useRef(onEdited);
  onEditedRef.current = onEdited;

  useEffect(() => {
    const decorate = () => decorateHeadings(editor, sections);
    decorate();
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      decorate();
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) onEditedRef.current();
    });
  }, [editor, sections]);

  // A click on an empty section's hint starts writing under the heading, not at the heading's end.
  useEffect(() => {
    const onMouseDown = (event: MouseEvent) => writeUnderHintedHeading(editor, event);
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('mousedown', onMouseDown);
      root?.addEventListener('mousedown', onMouseDown);
    });
  }, [editor]);

  useEffect(() => {
    guide.current = { reveal: (finding) => revealFinding(editor, sections, finding) };
    return () => {
      guide.current = null;
    };
  }, [editor, sections, guide]);

  return null;
}

/** Heading text compared without case, spacing and punctuation: `## S — Situation:` is the coach's "S — Situation:". */
const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The heading node of each guided section (STAR and Reflection), matched in order. */
function $sectionHeadings(sections: readonly StorySectionView[]): Map<NodeKey, StorySectionView> {
  const guided = sections.filter((section) => section.hint !== null && section.heading !== '');
  const found = new Map<NodeKey, StorySectionView>();
  let next = 0;
  for (const node of $getRoot().getChildren()) {
    if (next >= guided.length) break;
    if (!$isHeadingNode(node)) continue;
    const text = comparable(node.getTextContent());
    // Sections started some other way (a bold `**Situation:**` label) have no heading here: skipped, not waited for.
    const at = guided.findIndex((section, i) => i >= next && comparable(section.heading) === text);
    if (at < 0) continue;
    found.set(node.getKey(), guided[at]!);
    next = at + 1;
  }
  return found;
}

/**
 * The guided headings with something written under them, as the editor holds it now. A section
 * ends where the coach ends it: at the next guided heading or at any heading no deeper than its
 * own; deeper headings are part of it.
 */
function $writtenUnder(headings: ReadonlyMap<NodeKey, StorySectionView>): Set<NodeKey> {
  const written = new Set<NodeKey>();
  let current: { key: NodeKey; level: number } | null = null;
  for (const node of $getRoot().getChildren()) {
    if ($isHeadingNode(node)) {
      const level = headingLevel(node);
      if (headings.has(node.getKey())) current = { key: node.getKey(), level };
      else if (current && level <= current.level) current = null;
      else if (current) written.add(current.key);
      continue;
    }
    if (current && !written.has(current.key) && node.getTextContent().trim() !== '') written.add(current.key);
  }
  return written;
}

const headingLevel = (heading: HeadingNode) => Number(heading.getTag().slice(1));

function decorateHeadings(editor: LexicalEditor, sections: readonly StorySectionView[]): void {
  const headings = editor.getEditorState().read(() => {
    const found = $sectionHeadings(sections);
    const written = $writtenUnder(found);
    return [...found].map(([key, section]) => ({ key, section, text: $getNodeByKey(key)!.getTextContent(), written: written.has(key) }));
  });
  const root = editor.getRootElement();
  if (!root) return;
  const decorated = new Set<HTMLElement>();
  for (const { key, section, text, written } of headings) {
    const element = editor.getElementByKey(key);
    if (!element) continue;
    decorated.add(element);
    const meta = `${section.words} ${section.words === 1 ? 'word' : 'words'} · ${formatSpoken(section.spokenSeconds)}`;
    // The hint goes with the first character typed under its heading, not when the coach next reads the
    // text: a line vanishing a moment after typing would move what the user is about to click.
    const hint = written ? null : section.hint;
    element.dataset.starKind = section.kind;
    element.dataset.starMeta = meta;
    if (hint) element.dataset.starHint = hint;
    else delete element.dataset.starHint;
    // The stylesheet's generated text would join the heading's accessible name: the name stays the
    // heading's own words, and the count and hint become its description.
    element.setAttribute('aria-label', text);
    element.setAttribute('aria-description', hint ? `${meta}. ${hint}` : meta);
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-star-kind]')) {
    if (decorated.has(element)) continue;
    delete element.dataset.starKind;
    delete element.dataset.starMeta;
    delete element.dataset.starHint;
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
  }
}

/** When the press is on the hint drawn below an empty section's heading: a paragraph to write in, under the heading. */
function writeUnderHintedHeading(editor: LexicalEditor, event: MouseEvent): void {
  const heading = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-star-hint]') : null;
  if (!heading || event.button !== 0) return;
  const words = document.createRange();
  words.selectNodeContents(heading);
  if (event.clientY <= words.getBoundingClientRect().bottom) return; // on the heading's own words
  event.preventDefault();
  editor.update(() => {
    const node = $getNearestNodeFromDOMNode(heading);
    if (!$isHeadingNode(node)) return;
    // A blank block already under the heading is written in; only a section with nothing under its
    // heading gets a new paragraph.
    const next = node.getNextSibling();
    if ($isElementNode(next) && !$isHeadingNode(next)) next.selectEnd();
    else node.insertAfter($createParagraphNode()).selectStart();
  });
  editor.focus();
}

function revealFinding(editor: LexicalEditor, sections: readonly StorySectionView[], finding: CoachFinding): void {
  let scrollTo: NodeKey | null = null;
  editor.update(
    () => {
      const blocks = $getRoot().getChildren();
      const heading = finding.section === null ? undefined : headingOf($sectionHeadings(sections), finding.section);
      const start = heading ? blocks.findIndex((block) => block.getKey() === heading) : -1;
      let end = blocks.findIndex((block, i) => i > start && $isHeadingNode(block));
      if (end === -1 || start === -1) end = blocks.length;
      if (finding.excerpt && selectExcerpt(blocks.slice(start + 1, end), finding.excerpt)) return;
      // About something missing, or words not found as typed: the section's heading, else the story's start or end.
      const block = start >= 0 ? blocks[start] : finding.section === null ? blocks[0] : blocks.at(-1);
      if (!$isElementNode(block)) return;
      block.selectEnd();
      scrollTo = block.getKey();
    },
    {
      onUpdate: () => {
        const element = scrollTo ? editor.getElementByKey(scrollTo) : window.getSelection()?.anchorNode?.parentElement;
        element?.scrollIntoView({ block: 'center' });
        editor.focus();
      },
    },
  );
}

function headingOf(headings: Map<NodeKey, StorySectionView>, kind: StorySectionKind): NodeKey | undefined {
  for (const [key, section] of headings) if (section.kind === kind) return key;
  return undefined;
}

/** Selects the excerpt's words where a text node holds them; false when none does. */
function selectExcerpt(blocks: readonly LexicalNode[], excerpt: string): boolean {
  const wanted = excerpt.toLowerCase();
  for (const block of blocks) {
    if (!$isElementNode(block)) continue;
    for (const node of block.getAllTextNodes()) {
      if (!$isTextNode(node)) continue;
      const at = node.getTextContent().toLowerCase().indexOf(wanted);
      if (at >= 0) {
        node.select(at, at + excerpt.length);
        return true;
      }
    }
  }
  return false;
}
