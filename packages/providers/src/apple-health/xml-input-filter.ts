/** What {@link XmlInputFilter} removed so far. */
export interface XmlInputFilterReport {
  /** True when an internal DTD subset (`<!DOCTYPE HealthData [ ... ]>`) was removed before parsing. */
  readonly doctypeRemoved: boolean;
  /** Characters of the removed DOCTYPE declaration. */
  readonly doctypeCharacters: number;
  /** The `HealthKit Export Version` the DTD's comment names, when it names one. */
  readonly exportVersion: string | null;
  /** Characters that are not allowed in XML 1.0 (`\x0b`, other C0 controls, U+FFFE/U+FFFF, lone surrogates), removed. */
  readonly illegalCharactersRemoved: number;
}

// Not allowed anywhere in an XML 1.0 document: C0 controls other than tab, LF and CR; U+FFFE and U+FFFF; unpaired surrogates.
// Matching control characters is the point of these two expressions.
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const ILLEGAL_TEST = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
const MAX_PROLOG = 4 * 1024 * 1024;
const EXPORT_VERSION = /HealthKit Export Version:\s*([\w.]+)/;

/**
 * A streaming text filter in front of the XML parser that makes Apple Health exports parseable:
 *
 * - it removes the DOCTYPE declaration with its internal DTD subset before the parser sees it: iOS 16 (HealthKit
 *   Export Version 12) wrote a broken DTD (an `<!ATTLIST VisionPrescription` without its `>`), and the DTD is never
 *   needed to read the data. Only the prolog (everything before the root element, a few kilobytes) is buffered, up
 *   to 4 MiB;
 * - it removes characters XML 1.0 does not allow (stray `\x0b` vertical tabs have been seen in exports), counting them.
 *
 * Chunk boundaries never change the output: a high surrogate at the end of a chunk waits for the next one.
 */
export class XmlInputFilter {
  private prolog: string | null = '';
  private carry = '';
  private doctypeRemoved = false;
  private doctypeCharacters = 0;
  private exportVersion: string | null = null;
  private illegal = 0;
  private failure: string | null = null;

  /** Filters the next chunk; returns the text to give the parser (possibly empty). */
  push(chunk: string): string {
    if (this.prolog !== null) {
      this.prolog += chunk;
      const body = this.scanProlog(false);
      return body === null ? '' : this.clean(body, false);
    }
    return this.clean(chunk, false);
  }

  /** Flushes what is held back at the end of the input. */
  end(): string {
    if (this.prolog !== null) {
      const body = this.scanProlog(true) ?? '';
      return this.clean(body, true);
    }
    return this.clean('', true);
  }

  /** Why the prolog could not be read (an unterminated DOCTYPE, a prolog over 4 MiB), or `null`. */
  problem(): string | null {
    return this.failure;
  }

  /** What was removed so far. */
  report(): XmlInputFilterReport {
    return { doctypeRemoved: this.doctypeRemoved, doctypeCharacters: this.doctypeCharacters, exportVersion: this.exportVersion, illegalCharactersRemoved: this.illegal };
  }

  private clean(text: string, final: boolean): string {
    let input = this.carry + text;
    this.carry = '';
    if (!final && input.length > 0) {
      const last = input.charCodeAt(input.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) {
        this.carry = input.slice(-1);
        input = input.slice(0, -1);
      }
    }
    if (!ILLEGAL_TEST.test(input)) return input;
    return input.replace(ILLEGAL, () => {
      this.illegal += 1;
      return '';
    });
  }

  /**
   * Looks for the root element's start in the buffered prolog, skipping the XML declaration, processing
   * instructions, comments, whitespace and the DOCTYPE (removed). Returns the text to parse once the root is found
   * (or at the end of input), `null` while more input is needed.
   */
  private scanProlog(final: boolean): string | null {
    const text = this.prolog!;
    let index = 0;
    let kept = '';
    for (;;) {
      while (index < text.length && (text[index] === ' ' || text[index] === '\n' || text[index] === '\r' || text[index] === '\t' || text[index] === '\uFEFF')) index += 1;
      if (index >= text.length) break;
      if (text.startsWith('<?', index)) {
        const close = text.indexOf('?>', index + 2);
        if (close < 0) break;
        kept += text.slice(index, close + 2) + '\n';
        index = close + 2;
        continue;
      }
      if (text.startsWith('<!--', index)) {
        const close = text.indexOf('-->', index + 4);
        if (close < 0) break;
        kept += text.slice(index, close + 3) + '\n';
        index = close + 3;
        continue;
      }
      if (text.startsWith('<!DOCTYPE', index)) {
        const end = doctypeEnd(text, index);
        if (end < 0) break;
        const declaration = text.slice(index, end);
        this.doctypeRemoved = true;
        this.doctypeCharacters = declaration.length;
        this.exportVersion = EXPORT_VERSION.exec(declaration)?.[1] ?? null;
        index = end;
        continue;
      }
      if (text.length - index < 9 && '<!DOCTYPE'.startsWith(text.slice(index)) && !final) return this.waitOrGiveUp(final);
      // The root element (or text the parser will reject): the prolog is over.
      this.prolog = null;
      return kept + text.slice(index);
    }
    return this.waitOrGiveUp(final);
  }

  private waitOrGiveUp(final: boolean): string | null {
    const text = this.prolog!;
    if (!final && text.length <= MAX_PROLOG) return null;
    this.failure = final
      ? 'the document ended before its root element (inside the XML declaration, a comment or the DOCTYPE)'
      : 'no root element within the first 4 MiB (an unterminated DOCTYPE?)';
    this.prolog = null;
    return final ? '' : text.slice(0, 0);
  }
}

/** The index just after a DOCTYPE declaration starting at `start` (`<!DOCTYPE name [ subset ]>` or without a subset), or -1. */
function doctypeEnd(text: string, start: number): number {
  let index = start + 9;
  let quote: string | null = null;
  for (; index < text.length; index += 1) {
    const char = text[index]!;
    if (quote !== null) {
      if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '>') return index + 1;
    else if (char === '[') break;
  }
  if (index >= text.length) return -1;
  // Inside the internal subset: its declarations may be broken (a missing `>`), so look only for the `]` followed
  // (after optional whitespace) by the `>` that closes the DOCTYPE.
  const close = /\]\s*>/g;
  close.lastIndex = index + 1;
  const match = close.exec(text);
  return match === null ? -1 : match.index + match[0].length;
}
