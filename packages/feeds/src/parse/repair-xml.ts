import { Parser } from 'htmlparser2';

const NAME = /^[A-Za-z_][\w:.-]*$/;

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Rewrites a broken XML document into a well-formed one, the way a lenient
 * reader would see it: bare `&` and HTML-only entities become text,
 * mismatched and missing close tags are resolved by htmlparser2's rules, and
 * anything after the root element is dropped. Comments and processing
 * instructions are dropped; CDATA becomes escaped text.
 */
export function repairXml(xml: string): string {
  const out: string[] = [];
  let depth = 0;
  let finished = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (finished || !NAME.test(name)) return;
        const attrs = Object.entries(attributes)
          .filter(([key]) => NAME.test(key))
          .map(([key, value]) => ` ${key}="${escapeText(value).replace(/"/g, '&quot;')}"`)
          .join('');
        out.push(`<${name}${attrs}>`);
        depth += 1;
      },
      onclosetag(name) {
        if (finished || !NAME.test(name) || depth === 0) return;
        out.push(`</${name}>`);
        depth -= 1;
        if (depth === 0) finished = true;
      },
      ontext(text) {
        if (!finished && depth > 0) out.push(escapeText(text));
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true, recognizeCDATA: true },
  );
  parser.end(xml);
  return out.join('');
}
