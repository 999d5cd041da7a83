import { $create, $getState, $setState, createState, DecoratorNode, type LexicalNode } from 'lexical';

const srcState = createState('src', { parse: (v) => (typeof v === 'string' ? v : '') });
const altState = createState('alt', { parse: (v) => (typeof v === 'string' ? v : '') });
const titleState = createState('title', { parse: (v) => (typeof v === 'string' ? v : null) });

/** Turns a note-relative image path into a URL the renderer may load. */
export type ImageSourceResolver = (src: string) => string;

let resolveImageSource: ImageSourceResolver = (src) => src;

/** Set how <img> elements find their files (the vault serves them; the pipeline does not know how). */
export function setImageSourceResolver(resolver: ImageSourceResolver): void {
  resolveImageSource = resolver;
}

/**
 * An inline Markdown image. A DOM-only DecoratorNode (decorate() renders
 * nothing) so it needs no React; its data lives in flat NodeState, which
 * also gives it JSON and clone support for free.
 */
export class ImageNode extends DecoratorNode<null> {
  override $config() {
    return this.config('markdown-image', {
      extends: DecoratorNode,
      stateConfigs: [
        { flat: true, stateConfig: srcState },
        { flat: true, stateConfig: altState },
        { flat: true, stateConfig: titleState },
      ],
    });
  }

  getSrc(): string {
    return $getState(this, srcState);
  }

  getAlt(): string {
    return $getState(this, altState);
  }

  getTitle(): string | null {
    return $getState(this, titleState);
  }

  override createDOM(): HTMLElement {
    const img = document.createElement('img');
    this.updateDOM(null, img);
    return img;
  }

  override updateDOM(_prev: unknown, dom: HTMLElement): boolean {
    const img = dom as HTMLImageElement;
    img.src = resolveImageSource(this.getSrc());
    img.alt = this.getAlt();
    const title = this.getTitle();
    if (title === null) img.removeAttribute('title');
    else img.title = title;
    return false;
  }

  override getTextContent(): string {
    return this.getAlt();
  }

  override isInline(): true {
    return true;
  }

  override decorate(): null {
    return null;
  }
}

export function $createImageNode(src: string, alt: string, title: string | null): ImageNode {
  const node = $create(ImageNode);
  $setState(node, srcState, src);
  $setState(node, altState, alt);
  $setState(node, titleState, title);
  return node;
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
