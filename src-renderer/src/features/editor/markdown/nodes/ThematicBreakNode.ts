import { $create, DecoratorNode, type EditorConfig, type LexicalNode } from 'lexical';

/**
 * A Markdown thematic break (`---`). @lexical/react's HorizontalRuleNode
 * renders through React; this one is a plain <hr> so the pipeline stays
 * headless and React-free.
 */
export class ThematicBreakNode extends DecoratorNode<null> {
  override $config() {
    return this.config('thematicbreak', { extends: DecoratorNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const hr = document.createElement('hr');
    if (config.theme.hr) hr.className = config.theme.hr;
    return hr;
  }

  override updateDOM(): boolean {
    return false;
  }

  override getTextContent(): string {
    return '\n';
  }

  override isInline(): false {
    return false;
  }

  override decorate(): null {
    return null;
  }
}

export function $createThematicBreakNode(): ThematicBreakNode {
  return $create(ThematicBreakNode);
}

export function $isThematicBreakNode(node: LexicalNode | null | undefined): node is ThematicBreakNode {
  return node instanceof ThematicBreakNode;
}
