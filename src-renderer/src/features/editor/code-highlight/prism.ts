/**
 * The one place Prism is loaded, with exactly the grammars code blocks offer.
 * `prismjs` itself brings the core plus markup, css, clike and javascript; the
 * component files below extend the global `Prism.languages` as a side effect,
 * so each must come after the grammars it builds on (see Prism's
 * components.json).
 */
import Prism from 'prismjs';
import 'prismjs/components/prism-c';
import 'prismjs/components/prism-cpp';
import 'prismjs/components/prism-csharp';
import 'prismjs/components/prism-java';
import 'prismjs/components/prism-go';
import 'prismjs/components/prism-kotlin';
import 'prismjs/components/prism-swift';
import 'prismjs/components/prism-rust';
import 'prismjs/components/prism-ruby';
import 'prismjs/components/prism-markup-templating';
import 'prismjs/components/prism-php';
import 'prismjs/components/prism-python';
import 'prismjs/components/prism-bash';
import 'prismjs/components/prism-sql';
import 'prismjs/components/prism-json';
import 'prismjs/components/prism-yaml';
import 'prismjs/components/prism-markdown';
import 'prismjs/components/prism-diff';
import 'prismjs/components/prism-typescript';
import 'prismjs/components/prism-jsx';
import 'prismjs/components/prism-tsx';

// In a browser Prism schedules highlightAll() for after page load, and that
// callback checks this flag when it fires. We only ever call Prism.tokenize;
// Prism must not rewrite <code> elements, least of all the editor's own.
Prism.manual = true;

export { Prism };
