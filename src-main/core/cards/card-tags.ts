/** A card's tags: the note's front matter tags and folder names, plus `#tags` written in the card. */
import { inlineTags } from '../search/note-fields';
import { isWordChar } from '../search/tokenize';
import { BACKTICKS, HASH, type NoteLines } from './lines';

/**
 * Tags of one card, deduplicated ignoring case (as Obsidian does), first
 * spelling kept. Arrays, not Sets: a card has a handful of tags and there
 * are tens of thousands of cards in a vault.
 */
class TagList {
  readonly tags: string[];
  private readonly keys: string[];

  constructor(base: readonly string[]) {
    this.tags = base.slice();
    this.keys = base.map((tag) => tag.toLowerCase());
  }

  add(tag: string): void {
    const key = tag.toLowerCase();
    if (tag && !this.keys.includes(key)) {
      this.keys.push(key);
      this.tags.push(tag);
    }
  }
}

/** What every card of a note is tagged with: front matter tags, then the folders of its vault-relative path. */
export function noteTags(frontMatterTags: readonly string[], notePath: string): string[] {
  const list = new TagList([]);
  for (const tag of frontMatterTags) list.add(tag.trim().replace(/^#/, ''));
  for (const folder of notePath.split(/[\\/]/).slice(0, -1)) if (folder !== '.' && folder !== '..') list.add(folder);
  return list.tags;
}

const isTagChar = (code: number) => isWordChar(code) || code === 45 /* - */ || code === 47; /* / */
const isDigitOrSlash = (code: number) => (code >= 48 && code <= 57) || code === 47;
const mayPrecedeTag = (code: number) => code === 32 || code === 9 || code === 40 /* ( */ || code === 44 /* , */ || code === 59; /* ; */

/**
 * Adds the `#tags` of `text[from, to)`, a line with no code span, read as
 * `inlineTags` reads them, without cutting the line out of the note first.
 */
function addTagsOfPlainLine(text: string, from: number, to: number, list: TagList): void {
  for (let hash = text.indexOf('#', from); hash !== -1 && hash < to; hash = text.indexOf('#', hash + 1)) {
    if (hash > from && !mayPrecedeTag(text.charCodeAt(hash - 1))) continue;
    let end = hash + 1;
    let onlyDigits = true; // #2024 is a number, not a tag
    for (; end < to && isTagChar(text.charCodeAt(end)); end++) if (!isDigitOrSlash(text.charCodeAt(end))) onlyDigits = false;
    if (!onlyDigits) list.add(text.slice(hash + 1, end));
    hash = end - 1;
  }
}

/**
 * `base` plus the inline tags on lines `[from, to]` outside code. Returns
 * `base` itself when there are none, so cards of a note share one array.
 */
export function withInlineTags(base: readonly string[], lines: NoteLines, from: number, to: number): readonly string[] {
  let list: TagList | null = null;
  for (let i = from; i <= to; i++) {
    const flags = lines.flags[i] as number;
    if (!(flags & HASH)) continue; // never set on code or front matter lines
    list ??= new TagList(base);
    const start = lines.content[i] as number;
    const end = lines.end[i] as number;
    if (flags & BACKTICKS) for (const tag of inlineTags(lines.text.slice(start, end))) list.add(tag);
    else addTagsOfPlainLine(lines.text, start, end, list);
  }
  return list === null || list.tags.length === base.length ? base : list.tags;
}
