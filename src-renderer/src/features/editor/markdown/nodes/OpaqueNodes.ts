/**
 * Markdown that the editor does not model (raw HTML, footnotes, math,
 * reference definitions, wiki links, ...). Both nodes hold the exact
 * Markdown source as their text, so the user can still edit it as text and
 * whatever the text is gets written back verbatim.
 */
import {
  $create,
  $createTextNode,
  $getState,
  $setState,
  createState,
  ElementNode,
  TextNode,
  type EditorConfig,
  type LexicalNode,
} from 'lexical';

/** What the source was (`html`, `footnoteDefinition`, `wikilink`, ...), for display and for honest counting. */
const opaqueKindState = createState('kind', { parse: (v) => (typeof v === 'string' ? v : '') });

/** A block of raw Markdown, shown monospace. Its text content is the source. */
export class OpaqueBlockNode extends ElementNode {
  override $config() {
    return this.config('markdown-opaque-block', {
      extends: ElementNode,
      stateConfigs: [{ flat: true, stateConfig: opaqueKindState }],
    });
  }

  getKind(): string {
    return $getState(this, opaqueKindState);
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const pre = document.createElement('pre');
    pre.dataset.markdownOpaque = this.getKind();
    if (config.theme.code) pre.className = config.theme.code;
    return pre;
  }

  override updateDOM(): boolean {
    return false;
  }
}

/** An inline run of raw Markdown; token mode so it is edited and deleted as a unit. */
export class OpaqueInlineNode extends TextNode {
  override $config() {
    return this.config('markdown-opaque-inline', {
      extends: TextNode,
      stateConfigs: [{ flat: true, stateConfig: opaqueKindState }],
    });
  }

  getKind(): string {
    return $getState(this, opaqueKindState);
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.dataset.markdownOpaque = this.getKind();
    return dom;
  }
}

export function $createOpaqueBlockNode(kind: string, raw: string): OpaqueBlockNode {
  const node = $setState($create(OpaqueBlockNode), opaqueKindState, kind);
  if (raw !== '') node.append($createTextNode(raw));
  return node;
}

export function $createOpaqueInlineNode(kind: string, raw: string): OpaqueInlineNode {
  return $setState($create(OpaqueInlineNode), opaqueKindState, kind).setTextContent(raw).setMode('token');
}

export function $isOpaqueBlockNode(node: LexicalNode | null | undefined): node is OpaqueBlockNode {
  return node instanceof OpaqueBlockNode;
}

export function $isOpaqueInlineNode(node: LexicalNode | null | undefined): node is OpaqueInlineNode {
  return node instanceof OpaqueInlineNode;
}
