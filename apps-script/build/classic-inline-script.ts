import { Script } from 'node:vm';
import type { Plugin } from 'vite';

/**
 * HtmlService serves the sidebar from one file; vite-plugin-singlefile inlines the bundle as a
 * `<script type="module">`, and whether HtmlService's sandbox honours module scripts could not be
 * checked, so this turns it into a classic script: the code is wrapped in a function (no globals),
 * moved to the end of <body> (the DOM exists when it runs), and compiled as a classic script in
 * node to prove there is no `import`/`export` left. The build fails otherwise.
 */
export function classicInlineScript(fileName: string): Plugin {
  return {
    name: 'fsp:classic-inline-script',
    enforce: 'post',
    generateBundle: {
      // After vite-plugin-singlefile, whose own hook is ordered "post" too, has inlined the bundle.
      order: 'post',
      handler(_options, bundle) {
        const asset = bundle[fileName];
        if (asset?.type !== 'asset') this.error(`${fileName} was not produced.`);
        let html = String(asset.source);
        const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
        if (scripts.length !== 1)
          this.error(`${fileName}: expected one inlined script, found ${scripts.length}.`);
        const [whole, attributes = '', code = ''] = scripts[0] ?? [];
        if (/\bsrc=/.test(attributes))
          this.error(`${fileName}: the script was not inlined (${attributes.trim()}).`);
        const classic = `(function () {\n${code.trim()}\n})();`;
        try {
          new Script(classic, { filename: fileName });
        } catch (error) {
          this.error(`${fileName}: the inlined script is not a classic script: ${String(error)}`);
        }
        if (whole === undefined) return;
        // A function replacement keeps `$&`-like sequences in the code from being interpreted.
        html = html.replace(whole, () => '');
        if (!html.includes('</body>'))
          this.error(`${fileName}: no </body> to put the script before.`);
        html = html.replace(
          '</body>',
          () => `<script>\n${escapeScriptEnd(classic)}\n</script>\n</body>`,
        );
        asset.source = html;
      },
    },
  };
}

/** A literal `</script` inside the code would end the element early. */
function escapeScriptEnd(code: string): string {
  return code.replace(/<\/script/gi, '<\\/script');
}
