/** One component's properties: name to values (a property may repeat), with parameters kept apart. */
export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface IcsComponent {
  name: string;
  properties: IcsProperty[];
  components: IcsComponent[];
}

/** Undoes RFC 5545 line folding: a CRLF followed by one space or tab joins the lines. */
export function unfoldIcs(text: string): string[] {
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) throw new Error('a line break that is not CRLF');
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line, i, all) => line !== '' || i < all.length - 1);
}

/** Undoes TEXT escaping. */
export function unescapeIcsText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Reads an unfolded iCalendar file into its components (no quoted parameter values: the export writes none). */
export function parseIcs(text: string): IcsComponent {
  const stack: IcsComponent[] = [{ name: 'ROOT', properties: [], components: [] }];
  for (const line of unfoldIcs(text)) {
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`no colon in ${line}`);
    const [name = '', ...paramParts] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    const top = stack[stack.length - 1]!;
    if (name === 'BEGIN') {
      const component = { name: value, properties: [], components: [] };
      top.components.push(component);
      stack.push(component);
    } else if (name === 'END') {
      if (top.name !== value) throw new Error(`END:${value} closes ${top.name}`);
      stack.pop();
    } else {
      const params = Object.fromEntries(paramParts.map((p) => p.split('=') as [string, string]));
      top.properties.push({ name, params, value });
    }
  }
  if (stack.length !== 1) throw new Error('unclosed component');
  const [calendar] = stack[0]!.components;
  if (!calendar) throw new Error('no calendar');
  return calendar;
}

/** The value of the first property called `name`. */
export function icsValue(component: IcsComponent, name: string): string | undefined {
  return component.properties.find((p) => p.name === name)?.value;
}
