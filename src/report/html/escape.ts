const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** Tagged template that escapes every interpolated value; use `raw()` for trusted markup. */
export function html(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  return strings.reduce((out, part, i) => {
    if (i === 0) return part;
    const value = values[i - 1];
    const text = value instanceof RawHtml ? value.markup : escapeHtml(value);
    return out + text + part;
  }, '');
}

/** Markup already built (and escaped) by this module. */
export class RawHtml {
  constructor(readonly markup: string) {}
}

export const raw = (markup: string): RawHtml => new RawHtml(markup);
