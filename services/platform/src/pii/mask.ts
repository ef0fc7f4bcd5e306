import { PLACEHOLDERS } from './kinds';
import { findPersonalData } from './spans';

/**
 * The text with every finding replaced by its kind's placeholder (［電話番号］, ［生年月日］…),
 * for exports of free text. The rest stays exactly as written.
 */
export function maskPersonalData(text: string): string {
  const { normalized, spans } = findPersonalData(text);
  let masked = '';
  let at = 0;
  for (const span of spans) {
    const { start, end } = normalized.originalRange(span.start, span.end);
    masked += text.slice(at, start) + PLACEHOLDERS[span.kind];
    at = end;
  }
  return masked + text.slice(at);
}
