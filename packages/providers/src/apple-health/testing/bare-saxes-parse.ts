import { SaxesParser } from 'saxes';

/**
 * The baseline of the Apple Health benchmark: the same bytes decoded as UTF-8 and parsed by a bare `saxes` parser
 * (no positions, no namespaces) that only counts the elements. No DTD handling: give it an export with a valid DTD.
 */
export async function bareSaxesParse(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<{ readonly elements: number; readonly errors: number }> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const decoder = new TextDecoder('utf-8');
  let elements = 0;
  let errors = 0;
  parser.on('opentag', () => {
    elements += 1;
  });
  parser.on('error', () => {
    errors += 1;
  });
  for await (const chunk of chunks) parser.write(decoder.decode(chunk, { stream: true }));
  parser.write(decoder.decode());
  parser.close();
  return { elements, errors };
}
